"use server";

import {
  deleteMediaAction as deletion,
  updateMediaTextAction as textUpdate,
  uploadMediaAction as upload,
} from "./library-actions";

// Uploads a file (image or PDF) with its descriptions to the media library.
export const uploadMediaAction = upload("editor", "/admin/media");

// Saves the descriptions of a library item in every language.
export const updateMediaTextAction = textUpdate("editor", "/admin/media");

// Deletes a library item and its files, refusing while a post, cluster or agreement uses it.
export const deleteMediaAction = deletion("editor", "/admin/media");

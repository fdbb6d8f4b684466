"use server";

import {
  deleteMediaAction as deletion,
  updateMediaTextAction as textUpdate,
  uploadMediaAction as upload,
} from "../../admin/media/library-actions";

// Uploads an image or PDF that belongs to the member's cluster.
export const uploadMyMediaAction = upload("member", "/my-cluster/media");

// Saves the descriptions of one of the cluster's files.
export const updateMyMediaTextAction = textUpdate("member", "/my-cluster/media");

// Deletes one of the cluster's files unless the site uses it.
export const deleteMyMediaAction = deletion("member", "/my-cluster/media");

import type { Choice, ImageChoice } from "@/lib/data/admin/shared/choices";

// The editors' choice lists as the options of a SelectField.
export const choiceOptions = (items: readonly Choice[]) => items.map((item) => ({ value: item.id, label: item.name }));

// Library images named by their description, else their file name.
export const imageOptions = (images: readonly ImageChoice[]) =>
  images.map((image) => ({ value: image.id, label: image.alt || image.src.split("/").pop() || image.id }));

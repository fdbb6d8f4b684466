import { dialogButton } from "@/components/admin/rich-text/dialog";
import type { RichTextEditorLabels, RichTextImage } from "@/components/admin/rich-text/editor";

interface Props {
  images: RichTextImage[];
  labels: RichTextEditorLabels;
  onPick: (image: RichTextImage) => void;
  onCancel: () => void;
}

// The image dialog's content: the media library as thumbnails, each a button named by its description.
export function RichTextImagePicker({ images, labels, onPick, onCancel }: Props) {
  return (
    <div className="space-y-4">
      {images.length ? (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
          {images.map((image) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => onPick(image)}
                className="flex w-full flex-col gap-1 rounded-md border border-slate-300 p-1.5 text-left hover:border-brand-600 hover:bg-brand-50"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- stored media come with their own resized variants */}
                <img
                  src={image.src}
                  srcSet={image.srcSet ?? undefined}
                  sizes="10rem"
                  alt=""
                  loading="lazy"
                  className="aspect-4/3 w-full rounded bg-slate-100 object-cover"
                />
                <span className="line-clamp-2 text-sm text-slate-800">{image.alt || labels.imageNoAlt}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{labels.imageEmpty}</p>
      )}
      <div className="flex justify-end">
        <button type="button" onClick={onCancel} className={dialogButton}>
          {labels.cancel}
        </button>
      </div>
    </div>
  );
}

import { diffWordsWithSpace, type Change } from "diff";
import { Fragment } from "react";

interface Props {
  before: string;
  after: string;
  // Screen-reader text announced at the start of each removal and addition.
  labels: { removed: string; added: string };
  className?: string;
}

// Long, very different texts could hold up the page: past this the diff shows the whole text as replaced.
const TIMEOUT_MS = 500;

// Word-level diff of two plain texts: removals struck through in red, additions underlined in green.
export function DiffView({ before, after, labels, className }: Props) {
  const parts: Change[] = diffWordsWithSpace(before, after, { timeout: TIMEOUT_MS }) ?? [
    { value: before, added: false, removed: true, count: 1 },
    { value: after, added: true, removed: false, count: 1 },
  ];
  return (
    <div className={`leading-relaxed whitespace-pre-wrap text-slate-800 wrap-break-word ${className ?? ""}`}>
      {parts.map((part, index) =>
        part.added ? (
          <ins
            key={index}
            className="rounded-sm bg-green-100 text-green-900 underline decoration-green-800 decoration-2"
          >
            <span className="sr-only">{labels.added} </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-800">
            <span className="sr-only">{labels.removed} </span>
            {part.value}
          </del>
        ) : (
          <Fragment key={index}>{part.value}</Fragment>
        ),
      )}
    </div>
  );
}

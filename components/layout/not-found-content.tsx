import { Link } from "@/lib/i18n/navigation";

export interface NotFoundLabels {
  title: string;
  description: string;
  home: string;
  news: string;
}

// The 404's content: rendered on the server as a page of its own (app/[locale]/(public)/-/not-found,
// which the web server sends for every 404) and by the client boundary for navigations in the app.
export function NotFoundContent({ labels }: { labels: NotFoundLabels }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-6xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-bold text-slate-900">{labels.title}</h1>
      <p className="mt-3 text-slate-700">{labels.description}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {labels.home}
        </Link>
        <Link
          href="/news"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
        >
          {labels.news}
        </Link>
      </p>
    </div>
  );
}

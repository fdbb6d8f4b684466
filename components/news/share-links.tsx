import { getTranslations } from "next-intl/server";
import { FacebookIcon, LinkedInIcon, MailIcon } from "@/components/ui/icons";

// Share links that need no third-party script: plain URLs of each network's share dialog.
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("Article");
  const encoded = encodeURIComponent(url);
  const links = [
    { href: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`, label: t("shareFacebook"), Icon: FacebookIcon },
    {
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
      label: t("shareLinkedIn"),
      Icon: LinkedInIcon,
    },
    {
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}`,
      label: t("shareEmail"),
      Icon: MailIcon,
    },
  ];
  return (
    <section aria-labelledby="share" className="mt-10">
      <h2 id="share" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        {t("share")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {links.map(({ href, label, Icon }) => (
          <li key={label}>
            <a
              href={href}
              target={href.startsWith("mailto:") ? undefined : "_blank"}
              rel="noopener noreferrer"
              className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-800 hover:bg-brand-50"
            >
              <Icon className="h-4 w-4" />
              <span>{label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

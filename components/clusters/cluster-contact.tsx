import { getTranslations } from "next-intl/server";
import type { ClusterDetail } from "@/lib/data/clusters";

const networkNames: Record<ClusterDetail["socialLinks"][number]["network"], string> = {
  FACEBOOK: "Facebook",
  LINKEDIN: "LinkedIn",
  X: "X",
  YOUTUBE: "YouTube",
  INSTAGRAM: "Instagram",
};

// Contact facts of a profile; only what is known is listed.
export async function ClusterContact({ cluster }: { cluster: ClusterDetail }) {
  const t = await getTranslations("Cluster");
  const regions = await getTranslations("Regions");
  const sectors = await getTranslations("Sectors");
  const address = [cluster.address, [cluster.postalCode, cluster.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
  const rows: { label: string; value: React.ReactNode }[] = [];
  if (cluster.website)
    rows.push({
      label: t("website"),
      value: (
        <a href={cluster.website} rel="noopener noreferrer" className="break-all text-brand-700 hover:underline">
          {cluster.website.replace(/^https?:\/\//, "")}
        </a>
      ),
    });
  if (cluster.email)
    rows.push({
      label: t("email"),
      value: (
        <a href={`mailto:${cluster.email}`} className="break-all text-brand-700 hover:underline">
          {cluster.email}
        </a>
      ),
    });
  if (cluster.phone)
    rows.push({
      label: t("phone"),
      value: (
        <a href={`tel:${cluster.phone.replace(/\s/g, "")}`} className="text-brand-700 hover:underline">
          {cluster.phone}
        </a>
      ),
    });
  if (address) rows.push({ label: t("address"), value: address });
  if (cluster.region) rows.push({ label: t("region"), value: regions(cluster.region) });
  if (cluster.sectors.length > 0)
    rows.push({
      label: t("sectors"),
      value: cluster.sectors.map((s) => sectors(s as Parameters<typeof sectors>[0])).join(", "),
    });
  if (cluster.foundedYear) rows.push({ label: t("foundedYear"), value: cluster.foundedYear });
  if (cluster.memberCount) rows.push({ label: t("memberCount"), value: cluster.memberCount });

  return (
    <section aria-labelledby="contact" className="rounded-lg border border-slate-200 p-5">
      <h2 id="contact" className="text-lg font-semibold">
        {t("contact")}
      </h2>
      {rows.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("noContact")}</p> : null}
      <dl className="mt-3 flex flex-col gap-3 text-sm">
        {rows.map((row) => (
          <div key={row.label}>
            <dt className="font-medium text-slate-600">{row.label}</dt>
            <dd className="mt-0.5 text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
      {cluster.socialLinks.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-medium text-slate-600">{t("social")}</h3>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {cluster.socialLinks.map((link) => (
              <li key={link.network}>
                <a href={link.url} rel="noopener noreferrer" className="text-brand-700 hover:underline">
                  {networkNames[link.network]}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

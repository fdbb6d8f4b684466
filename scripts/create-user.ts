// `npm run user:create -- --email ana@example.org --name "Ana Nowak" --role EDITOR [--cluster pikmed] [--locale en]`
// Creates an account against DATABASE_URL and prints its one-time link to choose a password.
import { parseArgs } from "node:util";
import { issueToken } from "../lib/auth/token-issue";
import { getPathname } from "../lib/i18n/navigation";
import { createPrismaClient } from "../lib/prisma-client";
import { inviteUserSchema } from "../lib/validation/users";
import { loadEnvFile } from "./load-env";
import { recordAudit } from "../lib/data/admin/audit/record";

loadEnvFile();
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "EDITOR" },
    cluster: { type: "string" },
    locale: { type: "string", default: "pl" },
  },
});
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. With the embedded database, create users from the admin (Users) instead.");
  process.exit(1);
}
const db = createPrismaClient(url, 1);
const cluster = values.cluster
  ? await db.cluster.findUnique({ where: { slug: values.cluster }, select: { id: true } })
  : null;
if (values.cluster && !cluster) {
  console.error(`No cluster with slug "${values.cluster}".`);
  process.exit(1);
}
const parsed = inviteUserSchema.safeParse({ ...values, clusterId: cluster?.id ?? "" });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
if (await db.user.findUnique({ where: { email: parsed.data.email } })) {
  console.error(`An account with ${parsed.data.email} already exists.`);
  process.exit(1);
}
const user = await db.user.create({ data: parsed.data });
const token = await issueToken(user.id, "INVITE", null, db);
await recordAudit(db, { action: "user.createCli", entityType: "user", entityId: user.id, data: { role: user.role } });
const siteUrl = process.env.SITE_URL ?? "http://localhost:3000";
console.log(`Created ${user.role} ${user.email}. One-time link to choose a password (valid 72 h):`);
console.log(`  ${new URL(getPathname({ locale: user.locale, href: `/set-password?token=${token}` }), siteUrl)}`);
await db.$disconnect();

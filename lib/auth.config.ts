import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";
import { defaultLocale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const signInPage = getPathname({ locale: defaultLocale, href: "/sign-in" });

// The edge-safe half of Auth.js: session shape and pages, no database and no providers.
// lib/auth.ts adds the Credentials provider, which needs Node (argon2, PostgreSQL).
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: signInPage, error: signInPage },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.clusterId = user.clusterId;
        token.sessionVersion = user.sessionVersion;
        // This session's own id: signing out ends it on the server (lib/auth/sessions.ts).
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.uid;
      session.user.role = token.role;
      session.user.clusterId = token.clusterId;
      session.user.sessionVersion = token.sessionVersion;
      session.user.sid = token.sid;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    role: Role;
    clusterId: string | null;
    sessionVersion: number;
  }
  interface Session {
    user: {
      id: string;
      email: string;
      name?: string | null;
      role: Role;
      clusterId: string | null;
      sessionVersion: number;
      sid: string;
    };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    clusterId: string | null;
    sessionVersion: number;
    sid: string;
  }
}

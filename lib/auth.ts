import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { clientIp, type SignInFailure, verifyCredentials } from "./auth/credentials";

// Carries why a sign-in failed ("invalid", "locked", "throttled") to the sign-in action.
export class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInFailure) {
    super(reason);
    this.code = reason;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await verifyCredentials(credentials, clientIp(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason);
        return result.user;
      },
    }),
  ],
});

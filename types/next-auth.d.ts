import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sid: string;
    sv: number;
  }
  interface Session {
    sid?: string;
    uid?: string;
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    sv?: number;
  }
}

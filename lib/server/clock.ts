import "server-only";
import { cache } from "react";
import { db } from "./db";
import { isDemoMode } from "./env";

// The one source of "now" for the server. Domain code takes `now` as a
// parameter; pages and actions get it from here. In demo mode staff may set a
// simulated time that runs on from the moment it was set; outside demo mode
// the override is ignored and cannot be set.

export interface ClockReading {
  now: Date;
  simulated: boolean;
}

async function readClock(): Promise<ClockReading> {
  const realNow = new Date();
  if (!isDemoMode()) return { now: realNow, simulated: false };
  const override = await db.demoClock.findUnique({ where: { id: 1 } });
  if (!override) return { now: realNow, simulated: false };
  const elapsed = realNow.getTime() - override.setAt.getTime();
  return { now: new Date(override.simulatedAt.getTime() + elapsed), simulated: true };
}

/** One consistent reading per request. */
export const getClock = cache(readClock);

export async function getNow(): Promise<Date> {
  return (await getClock()).now;
}

/** The real time, for the demo clock itself and for rate limits; never for procedure rules. */
export function getRealNow(): Date {
  return new Date();
}

import "server-only";
import { employeeLimitText } from "@/lib/domain/plan/deployment";
import { db } from "../db";
import { MAX_EMPLOYEES_LOCKED } from "../services/plan-terms";

/** For staff: the procedure's employee limits per school, and why they can no longer change (null while they can). */
export async function getPlanEmployeeLimits(procedureId: string) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { minEmployeesPerSchool: true, maxEmployeesPerSchool: true } });
  const frozen = await db.planVersion.count({ where: { plan: { procedureId } } });
  return {
    minEmployees: procedure.minEmployeesPerSchool,
    maxEmployees: procedure.maxEmployeesPerSchool,
    text: employeeLimitText(procedure.minEmployeesPerSchool, procedure.maxEmployeesPerSchool),
    lockedMessage: frozen > 0 ? MAX_EMPLOYEES_LOCKED : null,
  };
}

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SERVICEBUREAU', 'PROVIDER', 'SCHOOL', 'MUNICIPALITY', 'COUNCIL');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STAFF', 'PROVIDER', 'SCHOOL', 'MUNICIPALITY', 'COUNCIL');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('EMAIL_CONFIRMATION', 'INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "SchoolLevel" AS ENUM ('PRIMARY', 'SECONDARY', 'PRIMARY_AND_SECONDARY');

-- CreateEnum
CREATE TYPE "RequirementKind" AS ENUM ('EXPERIENCE', 'KNOWLEDGE', 'EXPERTISE');

-- CreateEnum
CREATE TYPE "ProcedureTextKind" AS ENUM ('TASK_DESCRIPTION', 'NOT_INCLUDED', 'STAFF_REQUIREMENT', 'CONTRACT_TERM');

-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('ONTWIKKELOVEREENKOMST', 'RESULTAATOVEREENKOMST');

-- CreateEnum
CREATE TYPE "CalculationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "ReceiptKind" AS ENUM ('REACTION', 'QUESTION', 'OPT_OUT', 'APPLICATION', 'WRITTEN_PLAN', 'SCORE', 'CONSENSUS', 'CHOICE', 'SIGNATURE');

-- CreateEnum
CREATE TYPE "ProcessingOutcome" AS ENUM ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('SUBMITTED', 'ANSWERED');

-- CreateEnum
CREATE TYPE "OptOutScope" AS ENUM ('WHOLE_AGREEMENT', 'SEGMENTS');

-- CreateEnum
CREATE TYPE "AdmissionOutcome" AS ENUM ('ADMITTED', 'NOT_ADMITTED');

-- CreateEnum
CREATE TYPE "ScoreSheetKind" AS ENUM ('INDIVIDUAL', 'CONSENSUS', 'INTERVIEW');

-- CreateEnum
CREATE TYPE "TieMethod" AS ENUM ('DRAW', 'INVITE_ALL');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SIGNING', 'FINAL');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('HBO', 'MBO_SUPERVISED');

-- CreateEnum
CREATE TYPE "SignatoryParty" AS ENUM ('PROVIDER', 'SCHOOL', 'MUNICIPALITY');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "kvkNumber" TEXT,
    "agbCode" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "contactEmail" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "emailVerifiedAt" TIMESTAMP(3),
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "userAgent" TEXT,
    "ipAddress" TEXT,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserToken" (
    "id" TEXT NOT NULL,
    "kind" "TokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemoClock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "simulatedAt" TIMESTAMP(3) NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL,
    "setById" TEXT,

    CONSTRAINT "DemoClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactRule" TEXT NOT NULL,
    "maxInvitedPerSchool" INTEGER NOT NULL,
    "minChosenPerSchool" INTEGER NOT NULL,
    "maxChosenPerSchool" INTEGER NOT NULL,
    "standstillDays" INTEGER NOT NULL,
    "tieRule" TEXT NOT NULL,
    "minEmployeesPerSchool" INTEGER NOT NULL,
    "maxEmployeesPerSchool" INTEGER,
    "contractStartOn" DATE NOT NULL,
    "contractEndOn" DATE NOT NULL,
    "extensionCount" INTEGER NOT NULL,
    "extensionYears" INTEGER NOT NULL,
    "evaluationYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Segment" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isSubject" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3),
    "isWindow" BOOLEAN NOT NULL,
    "isTarget" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "level" "SchoolLevel" NOT NULL,
    "fteMin" DECIMAL(6,2) NOT NULL,
    "fteMax" DECIMAL(6,2) NOT NULL,
    "minExperienceMonths" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelectionGroup" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "SelectionGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "selectionGroupId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "pupilCount" INTEGER,
    "pupilCountIsExample" BOOLEAN NOT NULL DEFAULT false,
    "pupilCountOn" DATE,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "guidance" TEXT NOT NULL,
    "wordLimit" INTEGER NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreLevel" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ScoreLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExclusionGround" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ExclusionGround_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExcludedProductCode" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "ExcludedProductCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureText" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "kind" "ProcedureTextKind" NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ProcedureText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderContractSegment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "agreementType" "AgreementType" NOT NULL,

    CONSTRAINT "ProviderContractSegment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetCalculation" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "baseYear" INTEGER NOT NULL,
    "status" "CalculationStatus" NOT NULL DEFAULT 'DRAFT',
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "holidayAllowancePct" DECIMAL(7,4) NOT NULL,
    "yearEndBonusPct" DECIMAL(7,4) NOT NULL,
    "socialPremiumPct" DECIMAL(7,4) NOT NULL,
    "pensionPremiumPct" DECIMAL(7,4) NOT NULL,
    "overheadPct" DECIMAL(7,4) NOT NULL,
    "riskSurchargePct" DECIMAL(7,4) NOT NULL,
    "costPerFteCents" BIGINT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,

    CONSTRAINT "BudgetCalculation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetRole" (
    "id" TEXT NOT NULL,
    "calculationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "monthlySalaryCents" BIGINT NOT NULL,
    "shareBasisPoints" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "BudgetRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetClusterFte" (
    "id" TEXT NOT NULL,
    "calculationId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "fte" DECIMAL(6,2) NOT NULL,
    "reason" TEXT,

    CONSTRAINT "BudgetClusterFte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetSchoolPupils" (
    "id" TEXT NOT NULL,
    "calculationId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "pupilCount" INTEGER NOT NULL,
    "countedOn" DATE NOT NULL,

    CONSTRAINT "BudgetSchoolPupils_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractYear" (
    "id" TEXT NOT NULL,
    "calculationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    "indexPct" DECIMAL(7,4),

    CONSTRAINT "ContractYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetSchoolAmount" (
    "id" TEXT NOT NULL,
    "calculationId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "amountCents" BIGINT NOT NULL,

    CONSTRAINT "BudgetSchoolAmount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Receipt" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "kind" "ReceiptKind" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "subjectId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "idempotencyKey" TEXT NOT NULL,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorUserId" TEXT,
    "actorOrganisationId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "procedureId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reaction" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "attachmentId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "outcome" "ProcessingOutcome",
    "processingText" TEXT,
    "changedSection" TEXT,
    "processedById" TEXT,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "section" TEXT,
    "body" TEXT NOT NULL,
    "status" "QuestionStatus" NOT NULL DEFAULT 'SUBMITTED',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "publicQuestion" TEXT,
    "publicAnswer" TEXT,
    "publishedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OptOutNotice" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "scope" "OptOutScope" NOT NULL,
    "noticeOn" DATE NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryFunction" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OptOutNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OptOutNoticeSegment" (
    "noticeId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,

    CONSTRAINT "OptOutNoticeSegment_pkey" PRIMARY KEY ("noticeId","segmentId")
);

-- CreateTable
CREATE TABLE "AdmissionApplication" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "signerName" TEXT,
    "signerFunction" TEXT,
    "signedOn" DATE,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdmissionApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationCluster" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "careLandscapeKnowledge" TEXT NOT NULL DEFAULT '',
    "educationalOfferKnowledge" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ApplicationCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationExpertise" (
    "id" TEXT NOT NULL,
    "applicationClusterId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "substantiation" TEXT NOT NULL,

    CONSTRAINT "ApplicationExpertise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDeclaration" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "exclusionGroundId" TEXT NOT NULL,
    "declared" BOOLEAN NOT NULL,

    CONSTRAINT "ApplicationDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceAssignment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "schoolName" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "startOn" DATE NOT NULL,
    "endOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,

    CONSTRAINT "ReferenceAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "applicationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("applicationId","documentId")
);

-- CreateTable
CREATE TABLE "RequirementAssessment" (
    "id" TEXT NOT NULL,
    "applicationClusterId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "met" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL,
    "assessedById" TEXT NOT NULL,
    "assessedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequirementAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdmissionDecision" (
    "id" TEXT NOT NULL,
    "applicationClusterId" TEXT NOT NULL,
    "outcome" "AdmissionOutcome" NOT NULL,
    "motivation" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "AdmissionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WrittenPlan" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "attachmentId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WrittenPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WrittenPlanAnswer" (
    "id" TEXT NOT NULL,
    "writtenPlanId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "WrittenPlanAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluatorAssignment" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "conflictDeclaredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluatorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "kind" "ScoreSheetKind" NOT NULL,
    "schoolId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,
    "writtenPlanId" TEXT,
    "evaluatorId" TEXT,
    "conclusion" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreItem" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "explanation" TEXT NOT NULL,

    CONSTRAINT "ScoreItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TieResolution" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "method" "TieMethod" NOT NULL,
    "reason" TEXT NOT NULL,
    "seed" TEXT,
    "participants" JSONB NOT NULL,
    "outcome" JSONB NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TieResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewInvitation" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "totalScore" INTEGER NOT NULL,
    "invited" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" TEXT NOT NULL,
    "selectionGroupId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolChoice" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "motivation" TEXT NOT NULL,
    "advantages" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolChoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolChoiceProvider" (
    "choiceId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,

    CONSTRAINT "SchoolChoiceProvider_pkey" PRIMARY KEY ("choiceId","providerOrganisationId")
);

-- CreateTable
CREATE TABLE "PlanOfApproach" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "schoolContext" TEXT NOT NULL DEFAULT '',
    "schoolGoals" TEXT NOT NULL DEFAULT '',
    "pedagogicalClimate" TEXT NOT NULL DEFAULT '',
    "oppLink" TEXT NOT NULL DEFAULT '',
    "practicalArrangements" TEXT NOT NULL DEFAULT '',
    "schoolHasBehaviouralScientist" BOOLEAN NOT NULL DEFAULT false,
    "behaviouralScientist" TEXT NOT NULL DEFAULT '',
    "replacementArrangement" TEXT NOT NULL DEFAULT '',
    "staffContinuity" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanOfApproach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTopicApproach" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "PlanTopicApproach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDeployment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "providerOrganisationId" TEXT NOT NULL,
    "personName" TEXT,
    "role" TEXT NOT NULL,
    "educationLevel" "EducationLevel" NOT NULL,
    "skjNumber" TEXT,
    "supervisorName" TEXT,
    "supervisorSkjNumber" TEXT,
    "hoursPerWeek" DECIMAL(5,2) NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PlanDeployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL,
    "voidedAt" TIMESTAMP(3),
    "voidReason" TEXT,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanSignature" (
    "id" TEXT NOT NULL,
    "planVersionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "party" "SignatoryParty" NOT NULL,
    "userId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerFunction" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "voidedAt" TIMESTAMP(3),

    CONSTRAINT "PlanSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kvkNumber_key" ON "Organisation"("kvkNumber");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserToken_tokenHash_key" ON "UserToken"("tokenHash");

-- CreateIndex
CREATE INDEX "UserToken_userId_kind_idx" ON "UserToken"("userId", "kind");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE INDEX "OutboundEmail_createdAt_idx" ON "OutboundEmail"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_slug_key" ON "Procedure"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_procedureId_code_key" ON "Segment"("procedureId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_procedureId_key_key" ON "Milestone"("procedureId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_procedureId_code_key" ON "Cluster"("procedureId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_clusterId_code_key" ON "Requirement"("clusterId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "SelectionGroup_procedureId_code_key" ON "SelectionGroup"("procedureId", "code");

-- CreateIndex
CREATE INDEX "School_organisationId_idx" ON "School"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "School_procedureId_name_key" ON "School"("procedureId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_procedureId_number_key" ON "Topic"("procedureId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreLevel_procedureId_value_key" ON "ScoreLevel"("procedureId", "value");

-- CreateIndex
CREATE UNIQUE INDEX "ExclusionGround_procedureId_code_key" ON "ExclusionGround"("procedureId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ExcludedProductCode_procedureId_code_key" ON "ExcludedProductCode"("procedureId", "code");

-- CreateIndex
CREATE INDEX "ProcedureText_procedureId_kind_idx" ON "ProcedureText"("procedureId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "ProviderContractSegment_organisationId_segmentId_agreementT_key" ON "ProviderContractSegment"("organisationId", "segmentId", "agreementType");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetCalculation_procedureId_version_key" ON "BudgetCalculation"("procedureId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetClusterFte_calculationId_clusterId_key" ON "BudgetClusterFte"("calculationId", "clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetSchoolPupils_calculationId_schoolId_key" ON "BudgetSchoolPupils"("calculationId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractYear_calculationId_year_key" ON "ContractYear"("calculationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetSchoolAmount_calculationId_schoolId_year_key" ON "BudgetSchoolAmount"("calculationId", "schoolId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Receipt_number_key" ON "Receipt"("number");

-- CreateIndex
CREATE INDEX "Receipt_organisationId_idx" ON "Receipt"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Receipt_submittedById_idempotencyKey_key" ON "Receipt"("submittedById", "idempotencyKey");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Reaction_previousVersionId_key" ON "Reaction"("previousVersionId");

-- CreateIndex
CREATE INDEX "Reaction_procedureId_organisationId_idx" ON "Reaction"("procedureId", "organisationId");

-- CreateIndex
CREATE INDEX "Question_procedureId_organisationId_idx" ON "Question"("procedureId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OptOutNotice_previousVersionId_key" ON "OptOutNotice"("previousVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "AdmissionApplication_previousVersionId_key" ON "AdmissionApplication"("previousVersionId");

-- CreateIndex
CREATE INDEX "AdmissionApplication_procedureId_organisationId_idx" ON "AdmissionApplication"("procedureId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationCluster_applicationId_clusterId_key" ON "ApplicationCluster"("applicationId", "clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationExpertise_applicationClusterId_requirementId_key" ON "ApplicationExpertise"("applicationClusterId", "requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationDeclaration_applicationId_exclusionGroundId_key" ON "ApplicationDeclaration"("applicationId", "exclusionGroundId");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementAssessment_applicationClusterId_requirementId_key" ON "RequirementAssessment"("applicationClusterId", "requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "AdmissionDecision_applicationClusterId_key" ON "AdmissionDecision"("applicationClusterId");

-- CreateIndex
CREATE UNIQUE INDEX "WrittenPlan_previousVersionId_key" ON "WrittenPlan"("previousVersionId");

-- CreateIndex
CREATE INDEX "WrittenPlan_schoolId_organisationId_idx" ON "WrittenPlan"("schoolId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "WrittenPlanAnswer_writtenPlanId_topicId_key" ON "WrittenPlanAnswer"("writtenPlanId", "topicId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluatorAssignment_schoolId_userId_key" ON "EvaluatorAssignment"("schoolId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_kind_schoolId_providerOrganisationId_evaluatorId_key" ON "ScoreSheet"("kind", "schoolId", "providerOrganisationId", "evaluatorId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreItem_sheetId_topicId_key" ON "ScoreItem"("sheetId", "topicId");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewInvitation_schoolId_providerOrganisationId_key" ON "InterviewInvitation"("schoolId", "providerOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Interview_selectionGroupId_providerOrganisationId_key" ON "Interview"("selectionGroupId", "providerOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolChoice_schoolId_version_key" ON "SchoolChoice"("schoolId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PlanOfApproach_schoolId_key" ON "PlanOfApproach"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTopicApproach_planId_topicId_providerOrganisationId_key" ON "PlanTopicApproach"("planId", "topicId", "providerOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PlanSignature_planVersionId_organisationId_key" ON "PlanSignature"("planVersionId", "organisationId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserToken" ADD CONSTRAINT "UserToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cluster" ADD CONSTRAINT "Cluster_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Requirement" ADD CONSTRAINT "Requirement_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelectionGroup" ADD CONSTRAINT "SelectionGroup_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_selectionGroupId_fkey" FOREIGN KEY ("selectionGroupId") REFERENCES "SelectionGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreLevel" ADD CONSTRAINT "ScoreLevel_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExclusionGround" ADD CONSTRAINT "ExclusionGround_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExcludedProductCode" ADD CONSTRAINT "ExcludedProductCode_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureText" ADD CONSTRAINT "ProcedureText_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderContractSegment" ADD CONSTRAINT "ProviderContractSegment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderContractSegment" ADD CONSTRAINT "ProviderContractSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetCalculation" ADD CONSTRAINT "BudgetCalculation_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetRole" ADD CONSTRAINT "BudgetRole_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BudgetCalculation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetClusterFte" ADD CONSTRAINT "BudgetClusterFte_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BudgetCalculation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetClusterFte" ADD CONSTRAINT "BudgetClusterFte_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSchoolPupils" ADD CONSTRAINT "BudgetSchoolPupils_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BudgetCalculation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSchoolPupils" ADD CONSTRAINT "BudgetSchoolPupils_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractYear" ADD CONSTRAINT "ContractYear_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BudgetCalculation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSchoolAmount" ADD CONSTRAINT "BudgetSchoolAmount_calculationId_fkey" FOREIGN KEY ("calculationId") REFERENCES "BudgetCalculation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetSchoolAmount" ADD CONSTRAINT "BudgetSchoolAmount_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Reaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptOutNotice" ADD CONSTRAINT "OptOutNotice_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptOutNotice" ADD CONSTRAINT "OptOutNotice_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptOutNotice" ADD CONSTRAINT "OptOutNotice_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "OptOutNotice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptOutNoticeSegment" ADD CONSTRAINT "OptOutNoticeSegment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "OptOutNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptOutNoticeSegment" ADD CONSTRAINT "OptOutNoticeSegment_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionApplication" ADD CONSTRAINT "AdmissionApplication_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionApplication" ADD CONSTRAINT "AdmissionApplication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionApplication" ADD CONSTRAINT "AdmissionApplication_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "AdmissionApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationCluster" ADD CONSTRAINT "ApplicationCluster_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AdmissionApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationCluster" ADD CONSTRAINT "ApplicationCluster_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationExpertise" ADD CONSTRAINT "ApplicationExpertise_applicationClusterId_fkey" FOREIGN KEY ("applicationClusterId") REFERENCES "ApplicationCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationExpertise" ADD CONSTRAINT "ApplicationExpertise_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDeclaration" ADD CONSTRAINT "ApplicationDeclaration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AdmissionApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDeclaration" ADD CONSTRAINT "ApplicationDeclaration_exclusionGroundId_fkey" FOREIGN KEY ("exclusionGroundId") REFERENCES "ExclusionGround"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceAssignment" ADD CONSTRAINT "ReferenceAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AdmissionApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceAssignment" ADD CONSTRAINT "ReferenceAssignment_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Cluster"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AdmissionApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAssessment" ADD CONSTRAINT "RequirementAssessment_applicationClusterId_fkey" FOREIGN KEY ("applicationClusterId") REFERENCES "ApplicationCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAssessment" ADD CONSTRAINT "RequirementAssessment_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdmissionDecision" ADD CONSTRAINT "AdmissionDecision_applicationClusterId_fkey" FOREIGN KEY ("applicationClusterId") REFERENCES "ApplicationCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlan" ADD CONSTRAINT "WrittenPlan_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlan" ADD CONSTRAINT "WrittenPlan_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlan" ADD CONSTRAINT "WrittenPlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlan" ADD CONSTRAINT "WrittenPlan_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlan" ADD CONSTRAINT "WrittenPlan_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "WrittenPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlanAnswer" ADD CONSTRAINT "WrittenPlanAnswer_writtenPlanId_fkey" FOREIGN KEY ("writtenPlanId") REFERENCES "WrittenPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrittenPlanAnswer" ADD CONSTRAINT "WrittenPlanAnswer_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorAssignment" ADD CONSTRAINT "EvaluatorAssignment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorAssignment" ADD CONSTRAINT "EvaluatorAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_writtenPlanId_fkey" FOREIGN KEY ("writtenPlanId") REFERENCES "WrittenPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreItem" ADD CONSTRAINT "ScoreItem_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreItem" ADD CONSTRAINT "ScoreItem_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TieResolution" ADD CONSTRAINT "TieResolution_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewInvitation" ADD CONSTRAINT "InterviewInvitation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewInvitation" ADD CONSTRAINT "InterviewInvitation_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_selectionGroupId_fkey" FOREIGN KEY ("selectionGroupId") REFERENCES "SelectionGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolChoice" ADD CONSTRAINT "SchoolChoice_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolChoiceProvider" ADD CONSTRAINT "SchoolChoiceProvider_choiceId_fkey" FOREIGN KEY ("choiceId") REFERENCES "SchoolChoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolChoiceProvider" ADD CONSTRAINT "SchoolChoiceProvider_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanOfApproach" ADD CONSTRAINT "PlanOfApproach_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanOfApproach" ADD CONSTRAINT "PlanOfApproach_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicApproach" ADD CONSTRAINT "PlanTopicApproach_planId_fkey" FOREIGN KEY ("planId") REFERENCES "PlanOfApproach"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicApproach" ADD CONSTRAINT "PlanTopicApproach_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTopicApproach" ADD CONSTRAINT "PlanTopicApproach_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDeployment" ADD CONSTRAINT "PlanDeployment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "PlanOfApproach"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanDeployment" ADD CONSTRAINT "PlanDeployment_providerOrganisationId_fkey" FOREIGN KEY ("providerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "PlanOfApproach"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignature" ADD CONSTRAINT "PlanSignature_planVersionId_fkey" FOREIGN KEY ("planVersionId") REFERENCES "PlanVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanSignature" ADD CONSTRAINT "PlanSignature_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

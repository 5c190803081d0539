-- CreateTable
CREATE TABLE "ReceiptCounter" (
    "kind" "ReceiptKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReceiptCounter_pkey" PRIMARY KEY ("kind","year")
);

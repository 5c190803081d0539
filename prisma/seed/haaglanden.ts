// The Haaglanden procedure exactly as SPEC.md (and the seeds it cites) gives it.
// Pure data: local calendar dates, no instants, no database. Values the seeds
// do not give are marked `isExample` or described as a design choice.

export type LocalDate = `${number}-${number}-${number}`;

export interface MilestoneSeed {
  key: string;
  title: string;
  description: string;
  /** First local day (00:00 Europe/Amsterdam). */
  opensOn: LocalDate;
  /** Last local day included (through 23:59:59); only for windows. */
  lastDay?: LocalDate;
  /** For a window whose length is a number of days (the opt-out). */
  durationDays?: number;
  isWindow: boolean;
}

export const procedureSeed = {
  slug: "haaglanden-collectieve-jeugdhulp-op-school-2025",
  title: "Herzieningsprocedure Collectieve jeugdhulp op school",
  region: "Haaglanden",
  summary:
    "De regiogemeenten Haaglanden voegen de taak ‘Collectieve jeugdhulp op school’ toe aan de " +
    "Resultaatovereenkomst (segment Onderwijs-Jeugdhulp). Vaste specialistische jeugdhulpverleners " +
    "werken zonder beschikking op tien scholen voor speciaal (basis)onderwijs, gericht op de klas, " +
    "de leerkrachten en het pedagogisch klimaat. Jeugdhulpaanbieders die zijn toegelaten, werken per " +
    "school een plan van aanpak uit; de school kiest één of twee aanbieders.",
  contactEmail: "inkoopjuridisch@sbjh.nl",
  contactRule:
    "Neem contact op via het Servicebureau Jeugdhulp Haaglanden (inkoopjuridisch@sbjh.nl). Het is, " +
    "tenzij uitdrukkelijk anders aangegeven, niet toegestaan om contact te zoeken met de regiogemeenten " +
    "Haaglanden en/of het onderwijs (samenwerkingspartners en scholen). Stel uw vragen in dit portaal.",
  maxInvitedPerSchool: 5,
  minChosenPerSchool: 1,
  maxChosenPerSchool: 2,
  standstillDays: 20,
  tieRule:
    "Staan aanbieders op de grens van de vijf hoogst scorende gelijk, dan beslist het Servicebureau " +
    "zichtbaar: óf alle gelijk geëindigde aanbieders worden uitgenodigd (met vastgelegde reden), óf er " +
    "wordt in het portaal geloot met een vastgelegde en controleerbare startwaarde.",
  minEmployeesPerSchool: 2,
  maxEmployeesPerSchool: null,
  contractStartOn: "2026-03-01",
  contractEndOn: "2026-12-31",
  extensionCount: 2,
  extensionYears: 3,
  evaluationYear: 2029,
} as const;

export const segmentSeeds = [
  { code: "VERBLIJF", name: "Verblijf", isSubject: false },
  { code: "HOOG_SPECIALISTISCH", name: "Hoog specialistisch", isSubject: false },
  { code: "ONDERWIJS_JEUGDHULP", name: "Onderwijs-Jeugdhulp", isSubject: true },
  { code: "DAGBEHANDELING_DAGBESTEDING", name: "Dagbehandeling & Dagbesteding", isSubject: false },
  { code: "SPECIALISTISCH_VEELVOORKOMEND", name: "Specialistisch Veelvoorkomend", isSubject: false },
] as const;

const target = "Streefdatum; het Servicebureau kan deze datum met opgave van reden verschuiven.";

export const milestoneSeeds: MilestoneSeed[] = [
  {
    key: "PRESENTATION",
    title: "Presentatie voorgenomen herziening",
    description: `Presentatie op de Ontwikkeltafel. ${target}`,
    opensOn: "2025-05-15",
    isWindow: false,
  },
  {
    key: "REACTION_PERIOD",
    title: "Reactietermijn",
    description:
      "Schriftelijk bericht aan de contractpartners; contractpartners en de jongeren- en ouderraad " +
      `(JONGdoetmee, Oudersraad) kunnen reageren op de voorgenomen herziening. ${target}`,
    opensOn: "2025-05-19",
    lastDay: "2025-06-11",
    isWindow: true,
  },
  {
    key: "MUNICIPAL_DECISION",
    title: "Besluitvorming vijf gemeenten",
    description: `Procedure besluitvorming van de vijf gemeenten; het Servicebureau verwerkt de reacties. ${target}`,
    opensOn: "2025-06-12",
    lastDay: "2025-07-07",
    isWindow: true,
  },
  {
    key: "FINAL_DOCUMENTS_PUBLISHED",
    title: "Publicatie definitieve contractdocumenten",
    description: `De definitieve contractdocumenten en de verwerking van de reacties worden openbaar. ${target}`,
    opensOn: "2025-07-08",
    isWindow: false,
  },
  {
    key: "OPT_OUT",
    title: "Opzegtermijn (31 dagen)",
    description:
      "Contractpartners kunnen hun overeenkomst binnen 31 dagen geheel of voor bepaalde segmenten " +
      `opzeggen (dag 1 is 9 juli, dag 31 is 8 augustus 2025). ${target}`,
    opensOn: "2025-07-09",
    durationDays: 31,
    isWindow: true,
  },
  {
    key: "ADMISSION",
    title: "Toelatingsprocedure",
    description:
      "Heropening van de toelatingsprocedure, alleen voor deze nieuwe taak. De seeds noemen geen " +
      "sluitingsdatum; 30 september 2025 is een voorlopige keuze van het portaal die het Servicebureau " +
      `vóór de bekendmaking vaststelt. ${target}`,
    opensOn: "2025-09-01",
    lastDay: "2025-09-30",
    isWindow: true,
  },
  {
    key: "ADMISSION_ANNOUNCEMENT",
    title: "Bekendmaking toegelaten jeugdhulpaanbieders",
    description: `Aanbieders zien hun besluit per cluster; de lijst van toegelaten aanbieders wordt openbaar. ${target}`,
    opensOn: "2025-10-15",
    isWindow: false,
  },
  {
    key: "WRITTEN_ROUND",
    title: "Schriftelijke ronde",
    description:
      "Toegelaten aanbieders werken per school het plan van aanpak schriftelijk uit op zeven onderwerpen. " +
      "De seeds noemen voor de hele selectie 16 oktober – eind november 2025; de einddatum van deze ronde " +
      `is een ontwerpkeuze van het portaal. ${target}`,
    opensOn: "2025-10-16",
    lastDay: "2025-10-31",
    isWindow: true,
  },
  {
    key: "INTERVIEW_ROUND",
    title: "Beoordelings- en gespreksronde",
    description:
      "Scholen beoordelen de schriftelijke plannen (1–3 per onderwerp) en voeren per selectiegroep " +
      `gesprekken met maximaal vijf aanbieders per school (begin november 2025). ${target}`,
    opensOn: "2025-11-01",
    lastDay: "2025-11-21",
    isWindow: true,
  },
  {
    key: "SCHOOL_CHOICE",
    title: "Keuzetermijn van de school",
    description: `De school kiest één of twee jeugdhulpaanbieders, met motivering (eind november 2025). ${target}`,
    opensOn: "2025-11-22",
    lastDay: "2025-11-30",
    isWindow: true,
  },
  {
    key: "PLAN_OF_APPROACH",
    title: "Ondertekeningstermijn plan van aanpak",
    description:
      "School en gekozen aanbieder(s) vullen het plan van aanpak verder in, onder meer de inzet van " +
      "jeugdhulpverleners voor het vaste bedrag per jaar; ondertekening door aanbieder(s), school en " +
      `gemeente vóór 14 februari 2026. ${target}`,
    opensOn: "2025-12-01",
    lastDay: "2026-02-13",
    isWindow: true,
  },
  {
    key: "REVISION_EFFECTIVE",
    title: "Ingangsdatum herziening",
    description: `De herziening gaat in op 1 maart 2026; start op de scholen op 2 maart 2026 (streven). ${target}`,
    opensOn: "2026-03-01",
    isWindow: false,
  },
];

export const selectionGroupSeeds = [
  { code: "SBO_ZOETERMEER", name: "SBO Zoetermeer" },
  { code: "SBO_PIJNACKER_DELFT", name: "SBO Pijnacker en Delft" },
  { code: "SO_C4_WESTLAND_ZOETERMEER", name: "SO cluster 4 Westland en Zoetermeer" },
  { code: "VSO_C4_DELFT_ZOETERMEER", name: "VSO cluster 4 Delft en Zoetermeer" },
  // SPEC §4 [design]: Keerkring is in no listed group, so it forms its own.
  { code: "KEERKRING", name: "Keerkring (eigen groep)" },
] as const;

export const municipalitySeeds = [
  { code: "WESTLAND", name: "Gemeente Westland" },
  { code: "ZOETERMEER", name: "Gemeente Zoetermeer" },
  { code: "DELFT", name: "Gemeente Delft" },
  { code: "PIJNACKER_NOOTDORP", name: "Gemeente Pijnacker-Nootdorp" },
] as const;

type MunicipalityCode = (typeof municipalitySeeds)[number]["code"];
type GroupCode = (typeof selectionGroupSeeds)[number]["code"];

export interface SchoolSeed {
  name: string;
  street: string;
  city: string;
  municipality: MunicipalityCode;
  group: GroupCode;
  /** Example pupil count: the seeds give none (visibly marked "voorbeeld"). */
  examplePupils: number;
}

export interface ClusterSeed {
  code: string;
  name: string;
  scope: string;
  level: "PRIMARY" | "SECONDARY" | "PRIMARY_AND_SECONDARY";
  fteMin: string;
  fteMax: string;
  minExperienceMonths: number;
  requirements: { kind: "EXPERIENCE" | "KNOWLEDGE" | "EXPERTISE"; code: string; text: string }[];
  schools: SchoolSeed[];
}

export const clusterSeeds: ClusterSeed[] = [
  {
    code: "C4_SO_VSO",
    name: "Cluster 4 SO/VSO",
    scope: "regionale scholen",
    level: "PRIMARY_AND_SECONDARY",
    fteMin: "3.00",
    fteMax: "4.00",
    minExperienceMonths: 24,
    requirements: [
      { kind: "EXPERIENCE", code: "EXPERIENCE", text: "Minimaal twee jaar ervaring met jeugdhulp op school binnen cluster 4." },
      {
        kind: "KNOWLEDGE",
        code: "KNOWLEDGE",
        text: "Kennis van het zorglandschap in de regio Haaglanden en het onderwijsaanbod aansluitend op cluster 4.",
      },
      { kind: "EXPERTISE", code: "PSYCHIATRIC", text: "Expertise op het gebied van psychiatrische stoornissen." },
      { kind: "EXPERTISE", code: "BEHAVIOUR", text: "Expertise op het gebied van gedragsproblemen." },
      { kind: "EXPERTISE", code: "SOCIAL_EMOTIONAL", text: "Expertise op het gebied van sociaal-emotionele problemen." },
    ],
    schools: [
      { name: "De Strandwacht Westland", street: "Hazelaarstraat 46", city: "Monster", municipality: "WESTLAND", group: "SO_C4_WESTLAND_ZOETERMEER", examplePupils: 140 },
      { name: "Leo Kanner De Musketier (SO)", street: "Bokkenweide 1-3", city: "Zoetermeer", municipality: "ZOETERMEER", group: "SO_C4_WESTLAND_ZOETERMEER", examplePupils: 110 },
      { name: "Pleysier College Delft", street: "J.J. Slauerhofflaan 275", city: "Delft", municipality: "DELFT", group: "VSO_C4_DELFT_ZOETERMEER", examplePupils: 160 },
      { name: "Pleysier College Zoetermeer", street: "Schansbos 1/2", city: "Zoetermeer", municipality: "ZOETERMEER", group: "VSO_C4_DELFT_ZOETERMEER", examplePupils: 150 },
    ],
  },
  {
    code: "SBO",
    name: "Speciaal Basisonderwijs (SBO)",
    scope: "lokale scholen",
    level: "PRIMARY",
    fteMin: "4.00",
    fteMax: "5.00",
    minExperienceMonths: 24,
    requirements: [
      { kind: "EXPERIENCE", code: "EXPERIENCE", text: "Minimaal twee jaar ervaring met jeugdhulp op school binnen SBO." },
      {
        kind: "KNOWLEDGE",
        code: "KNOWLEDGE",
        text: "Kennis van het zorglandschap in de regio Haaglanden en het onderwijsaanbod aansluitend op SBO.",
      },
      {
        kind: "EXPERTISE",
        code: "BEHAVIOUR",
        text: "Expertise op het gebied van gedragsproblemen (zoals ADHD, autisme, faalangst, sociaal-emotionele moeilijkheden).",
      },
      {
        kind: "EXPERTISE",
        code: "DELAYS",
        text: "Expertise op het gebied van cognitieve of sociaal-emotionele achterstanden die meer begeleiding vragen.",
      },
    ],
    schools: [
      { name: "SBO Prinsenhof", street: "Zilverreigerdreef 105", city: "Pijnacker", municipality: "PIJNACKER_NOOTDORP", group: "SBO_PIJNACKER_DELFT", examplePupils: 120 },
      { name: "SBO Laurentiusschool", street: "Griegstraat 2", city: "Delft", municipality: "DELFT", group: "SBO_PIJNACKER_DELFT", examplePupils: 95 },
      { name: "SBO De Vuurtoren", street: "Spitsbergen 15", city: "Zoetermeer", municipality: "ZOETERMEER", group: "SBO_ZOETERMEER", examplePupils: 130 },
      { name: "IKC Het Zwanenbos", street: "Kerkenbos 24-26", city: "Zoetermeer", municipality: "ZOETERMEER", group: "SBO_ZOETERMEER", examplePupils: 110 },
      { name: "SBO Horizon", street: "Mendelssohnrode 2", city: "Zoetermeer", municipality: "ZOETERMEER", group: "SBO_ZOETERMEER", examplePupils: 100 },
    ],
  },
  {
    code: "C3_SO",
    name: "Cluster 3 SO (Keerkring)",
    scope: "lokale school",
    level: "PRIMARY",
    fteMin: "0.50",
    fteMax: "0.50",
    minExperienceMonths: 24,
    requirements: [
      { kind: "EXPERIENCE", code: "EXPERIENCE", text: "Minimaal twee jaar ervaring met jeugdhulp op school binnen cluster 3." },
      {
        kind: "KNOWLEDGE",
        code: "KNOWLEDGE",
        text: "Kennis van het zorglandschap in de regio Haaglanden en van het onderwijsaanbod aansluitend op cluster 3.",
      },
      { kind: "EXPERTISE", code: "LVB", text: "Expertise op het gebied van (licht) verstandelijke beperking ((L)VB)." },
    ],
    schools: [
      { name: "Keerkring SO cluster 3", street: "César Franckrode 66", city: "Zoetermeer", municipality: "ZOETERMEER", group: "KEERKRING", examplePupils: 80 },
    ],
  },
];

export const topicSeeds = [
  "Grens collectieve en individuele jeugdhulp op school",
  "Afstemming met thuis",
  "Werken in een schoolteam",
  "Gericht op school, context en pedagogisch klimaat",
  "Gericht op leerkrachten",
  "Normaliseren en inclusief onderwijs",
  "Continuïteit van personeel gedurende de contractperiode",
].map((title, index) => ({
  number: index + 1,
  title,
  guidance:
    index === 6
      ? "Heeft u direct iemand beschikbaar of moet u nog iemand aantrekken? Hoe waarborgt u de continuïteit?"
      : "Beschrijf uw aanpak voor deze school.",
  // [design] word limit per topic; the seeds give none.
  wordLimit: 500,
}));

export const scoreLevelSeeds = [
  { value: 1, label: "onvoldoende" },
  { value: 2, label: "voldoende" },
  { value: 3, label: "goed" },
] as const;

export const excludedProductCodeSeeds = [
  { code: "45ABS", description: "Ambulante begeleiding op school (shadow)" },
  { code: "41S01", description: "Begeleiding Groep Licht op School" },
  { code: "41S02", description: "Begeleiding Groep Zwaar op School" },
  { code: "45S05", description: "Individuele Begeleiding Middel op School" },
  { code: "45S09", description: "Individuele Begeleiding Zwaar op School" },
] as const;

// [design] The seeds name the exclusion grounds (Bijlage 2) without listing
// them; these example declarations follow the usual grounds and are marked as
// examples until staff replace them with the text of Bijlage 2.
export const exclusionGroundSeeds = [
  { code: "CONVICTIONS", text: "Er is geen onherroepelijke veroordeling voor deelneming aan een criminele organisatie, omkoping, fraude, terroristische misdrijven, witwassen of mensenhandel." },
  { code: "TAXES", text: "Aan de verplichtingen tot betaling van belastingen en sociale premies is voldaan." },
  { code: "INSOLVENCY", text: "De organisatie verkeert niet in staat van faillissement of surseance van betaling." },
  { code: "PROFESSIONAL_MISCONDUCT", text: "De organisatie heeft geen ernstige beroepsfout begaan die haar integriteit in twijfel trekt." },
] as const;

export const procedureTextSeeds = {
  TASK_DESCRIPTION: [
    "Gericht op alle leerlingen, leerkrachten en ouders van de deelnemende scholen.",
    "Gericht op de leer- en ontwikkelomgeving, waarbij het pedagogisch klimaat wordt versterkt.",
    "Vaste specialistische jeugdhulpverleners, zonder beschikking direct inzetbaar; zij geven geen onderwijs.",
    "Geleverd door één jeugdhulpaanbieder of door twee aanbieders die elkaar aanvullen.",
    "Signalering, groepsgewijze interventies, leerkrachtondersteuning en verbinding met thuis.",
  ],
  NOT_INCLUDED: [
    "Het betrekken van ouders in workshops of online bijeenkomsten.",
    "Preventief aanbod in en buiten de school.",
    "Individuele jeugdhulp op school (en diagnostiek); daarvoor is een beschikking nodig.",
    "Ernstige enkelvoudige dyslexie (EED).",
  ],
  STAFF_REQUIREMENT: [
    "SKJ-geregistreerd.",
    "Opleiding minimaal hbo-niveau (MWD, SPH, CMV, psychologie, pedagogiek) of mbo-niveau onder supervisie van een SKJ-geregistreerde medewerker.",
    "Een gedragswetenschapper/orthopedagoog is voor advisering beschikbaar, tenzij deze al op school beschikbaar is.",
    "Waar mogelijk worden effectief bewezen interventies ingezet (bron: NJi).",
  ],
  CONTRACT_TERM: [
    "Looptijd onder de huidige overeenkomsten: 1 maart 2026 tot en met 31 december 2026; bij verlenging tweemaal 3 jaar. Onafhankelijke evaluatie in 2029.",
    "Opdrachtnemer doet voor de leerlingen van de school geen beroep op de productcodes 45ABS, 41S01, 41S02, 45S05 en 45S09.",
    "Opdrachtnemer zet in overeenstemming met het plan van aanpak minimaal 2 en maximaal het afgesproken aantal medewerkers in.",
    "Bij afwezigheid van een medewerker langer dan twee weken zorgt opdrachtnemer voor vervanging, bij voorkeur door een medewerker die al bekend is bij de school en de leerlingen.",
  ],
} as const;

export const councilSeeds = [
  { name: "JONGdoetmee (jongerenraad)" },
  { name: "Oudersraad" },
] as const;

export const servicebureauSeed = {
  name: "Servicebureau Jeugdhulp Haaglanden",
  contactEmail: "inkoopjuridisch@sbjh.nl",
} as const;

/**
 * Plausible news vocabulary for generated libraries. Words are kept in space-separated strings so the
 * bank stays readable; the generator samples them with a skew, so common words dominate as in real copy.
 */
const words = (s: string): readonly string[] => s.trim().split(/\s+/);

export const SECTIONS = words('WORLD POLITICS BUSINESS SPORT SCIENCE CULTURE OPINION TECHNOLOGY HEALTH ENVIRONMENT LOCAL EDUCATION');

export const TAGS = words(`
  elections budget inflation climate energy housing transport health schools courts police parliament
  trade tariffs unemployment wages strikes football cricket tennis olympics elections-2026 migration
  drought floods wildfires heatwave vaccines hospitals nurses universities science space ai privacy
  cybersecurity banking markets oil gas mining farming fisheries water tourism aviation rail roads
  ports shipping defence diplomacy sanctions ceasefire refugees protests corruption inquiry referendum
  local-council mayor taxes pensions childcare arts theatre music film books museums heritage obituaries
  weather biodiversity oceans forests recycling pollution coal solar wind nuclear batteries cars
  telecoms broadband startups retail property interest-rates currency debt investigation data
`);

export const FIRST_NAMES = words(`
  Ana Ben Carla David Elena Farid Grace Hugo Ines James Kemi Luis Maria Nikhil Olga Pedro Quentin Rosa
  Samuel Tanya Umar Valeria William Ximena Yusuf Zoe Amara Bruno Chloe Diego Esther Felipe Hannah Ivan
  Julia Kofi Lena Marco Nadia Oscar Priya Rafael Sofia Tomas Ursula Victor Wen Yara Ahmed Beatriz
  Camila Daniel Fatima Gabriel Helen Isabel Jorge Karin Leila Mateo Noor Patrick Ruth Sean Teresa
`);

/** Syllables for surnames, towns and companies: a long tail of rare tokens, as real news has. */
export const SYLLABLES = words(`
  al an ar ba be bra ca cor da del do el en fa fer ga gar go ha her in is ja jo ka kel la lan le li lo
  ma mar me mi mon na nel no or pa per pi ra ren ri ro sa san se si so ta ter to ur va vel vi wa wen ya
  zan zo bert ston ville ford holm berg dale mont worth ley
`);

export const CITIES = words(`
  LONDON PARIS BERLIN MADRID ROME LISBON DUBLIN WARSAW ATHENS CAIRO NAIROBI LAGOS JOHANNESBURG DELHI
  MUMBAI DHAKA JAKARTA MANILA TOKYO SEOUL BEIJING SYDNEY AUCKLAND LIMA SANTIAGO VALPARAISO BOGOTA
  MEXICO-CITY TORONTO CHICAGO BRUSSELS VIENNA OSLO HELSINKI ISTANBUL TEHRAN KARACHI ACCRA DAKAR
`);

export const ROLES = words(`
  minister spokesperson economist analyst director professor mayor councillor chairwoman chairman
  executive researcher nurse teacher farmer union-leader campaigner lawyer judge commissioner official
  resident shopkeeper driver coach captain scientist engineer doctor curator
`);

export const NOUNS = words(`
  government minister council budget plan report inquiry court ruling law bill vote election campaign
  party leader opposition coalition parliament committee agency regulator company market price rate
  inflation growth economy bank loan debt tax wage worker union strike deal talks agreement treaty
  border region city town village district residents community school hospital patient doctor nurse
  police officer investigation evidence witness trial verdict appeal statement spokesperson official
  figures data survey study research scientist university student teacher project programme scheme
  funding investment contract tender project site road bridge railway station airport port ship
  flight passenger crisis shortage supply demand energy electricity gas oil power plant grid turbine
  drought flood storm heatwave fire season harvest crop farmer water river coast forest species
  climate emissions target pledge summit conference delegation diplomat embassy sanctions ceasefire
  protest march crowd rally demonstrators match team coach player season league final title goal
  fans stadium result festival exhibition museum gallery artist album film audience critics book
  author award ceremony platform app users network data privacy breach attack system software device
  chip factory jobs shift output exports imports tariff currency shares investors profit losses
  quarter forecast outlook warning decision proposal measure policy reform review framework timeline
  deadline week month year decade morning evening weekend spokesman household family children
`);

export const VERBS = words(`
  announced warned said confirmed denied rejected approved backed criticised proposed delayed launched
  opened closed cut raised lowered increased reduced expanded suspended postponed cancelled revealed
  published reported estimated predicted claimed argued insisted admitted acknowledged promised pledged
  agreed signed vetoed challenged questioned defended welcomed condemned urged called demanded sought
  faced won lost beat drew scored secured reached missed doubled halved trimmed eased tightened
  recorded found showed suggested indicated highlighted dismissed accused charged arrested released
  blocked cleared extended ended began resumed halted paused reviewed investigated examined
`);

export const ADJECTIVES = words(`
  new former senior local national regional international public private independent official
  major minor key early late recent latest first final second third annual monthly weekly quarterly
  significant sharp modest steady gradual sudden unexpected widespread growing falling rising
  record high low strong weak fragile stable uncertain controversial disputed landmark historic
  long-awaited short-term long-term emergency temporary permanent full partial joint cross-party
  rural urban coastal northern southern eastern western central remote crowded busy quiet
`);

export const CONNECTORS = words(`
  however meanwhile separately earlier later instead still also nevertheless furthermore moreover
  elsewhere previously recently yesterday today overnight
`);

export const PREPOSITIONS = words(
  'in at across after before during over under amid despite following since ahead-of against for with without',
);

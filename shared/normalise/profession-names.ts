/**
 * English names of professions by ISCO-08 code, singular, for job titles (issue 19). CZ-ISCO (the
 * classification Úřad práce uses) extends ISCO-08 with a fifth digit, so its first four digits name the
 * ISCO-08 unit group and its first two the sub-major group. Source: ILO, International Standard
 * Classification of Occupations 2008 (ISCO-08), Volume I, structure and group titles; titles put in the
 * singular here ("Welders and flame cutters" → "Welder and flame cutter"). The unit groups listed are
 * those job ads in the region use most; every sub-major group is listed, so any valid code has a name.
 */
const UNIT_GROUPS: Readonly<Record<string, string>> = {
  '1120': 'Managing director or chief executive', '1211': 'Finance manager', '1212': 'Human resource manager',
  '1213': 'Policy and planning manager', '1219': 'Business services and administration manager', '1221': 'Sales and marketing manager',
  '1321': 'Manufacturing manager', '1323': 'Construction manager', '1324': 'Supply, distribution and related manager',
  '1330': 'ICT services manager', '1412': 'Restaurant manager', '1420': 'Retail and wholesale trade manager',
  '2141': 'Industrial and production engineer', '2142': 'Civil engineer', '2143': 'Environmental engineer',
  '2144': 'Mechanical engineer', '2145': 'Chemical engineer', '2146': 'Mining engineer or metallurgist',
  '2149': 'Engineering professional', '2151': 'Electrical engineer', '2152': 'Electronics engineer',
  '2153': 'Telecommunications engineer', '2161': 'Building architect', '2166': 'Graphic and multimedia designer',
  '2211': 'General medical practitioner', '2212': 'Specialist medical practitioner', '2221': 'Nursing professional',
  '2250': 'Veterinarian', '2261': 'Dentist', '2262': 'Pharmacist', '2264': 'Physiotherapist',
  '2310': 'University teacher', '2320': 'Vocational education teacher', '2330': 'Secondary school teacher',
  '2341': 'Primary school teacher', '2342': 'Early childhood educator', '2353': 'Language teacher',
  '2359': 'Teaching professional', '2411': 'Accountant', '2412': 'Financial and investment adviser',
  '2413': 'Financial analyst', '2421': 'Management and organisation analyst', '2422': 'Policy administration professional',
  '2423': 'Personnel and careers professional', '2424': 'Training and staff development professional',
  '2431': 'Advertising and marketing professional', '2432': 'Public relations professional',
  '2433': 'Technical and medical sales professional', '2434': 'ICT sales professional', '2511': 'Systems analyst',
  '2512': 'Software developer', '2513': 'Web and multimedia developer', '2514': 'Applications programmer',
  '2519': 'Software and applications developer', '2521': 'Database designer and administrator',
  '2522': 'Systems administrator', '2523': 'Computer network professional', '2529': 'Database and network professional',
  '2611': 'Lawyer', '2631': 'Economist', '2634': 'Psychologist', '2635': 'Social work and counselling professional',
  '2642': 'Journalist', '2643': 'Translator or interpreter', '3112': 'Civil engineering technician',
  '3113': 'Electrical engineering technician', '3114': 'Electronics engineering technician',
  '3115': 'Mechanical engineering technician', '3118': 'Draughtsperson', '3119': 'Engineering technician',
  '3122': 'Manufacturing supervisor', '3123': 'Construction supervisor', '3212': 'Medical laboratory technician',
  '3213': 'Pharmaceutical technician', '3221': 'Nurse', '3222': 'Midwife', '3256': 'Medical assistant',
  '3258': 'Ambulance worker', '3313': 'Accounting associate', '3322': 'Commercial sales representative',
  '3323': 'Buyer', '3331': 'Clearing and forwarding agent', '3334': 'Real estate agent and property manager',
  '3341': 'Office supervisor', '3343': 'Administrative and executive secretary', '3412': 'Social work associate',
  '3434': 'Chef', '3512': 'ICT user support technician', '3513': 'Computer network and systems technician',
  '4110': 'General office clerk', '4120': 'Secretary', '4132': 'Data entry clerk', '4211': 'Bank teller',
  '4222': 'Contact centre clerk', '4224': 'Hotel receptionist', '4225': 'Enquiry clerk', '4226': 'Receptionist',
  '4311': 'Accounting and bookkeeping clerk', '4313': 'Payroll clerk', '4321': 'Stock clerk', '4322': 'Production clerk',
  '4323': 'Transport clerk', '4412': 'Mail carrier and sorting clerk', '5120': 'Cook', '5131': 'Waiter',
  '5132': 'Bartender', '5141': 'Hairdresser', '5142': 'Beautician', '5151': 'Cleaning and housekeeping supervisor',
  '5153': 'Building caretaker', '5221': 'Shopkeeper', '5222': 'Shop supervisor', '5223': 'Shop sales assistant',
  '5230': 'Cashier', '5311': 'Child care worker', '5321': 'Health care assistant', '5322': 'Home-based personal care worker',
  '5414': 'Security guard', '7111': 'House builder', '7112': 'Bricklayer', '7114': 'Concrete placer and finisher',
  '7115': 'Carpenter and joiner', '7119': 'Building trades worker', '7121': 'Roofer', '7122': 'Floor layer and tile setter',
  '7123': 'Plasterer', '7124': 'Insulation worker', '7126': 'Plumber and pipe fitter', '7127': 'Air conditioning and refrigeration mechanic',
  '7131': 'Painter', '7212': 'Welder and flame cutter', '7213': 'Sheet-metal worker', '7214': 'Structural-metal preparer and erector',
  '7221': 'Blacksmith or forging press worker', '7222': 'Toolmaker', '7223': 'Metal working machine tool setter and operator',
  '7224': 'Metal polisher and grinder', '7231': 'Motor vehicle mechanic', '7233': 'Agricultural and industrial machinery mechanic',
  '7411': 'Building electrician', '7412': 'Electrical mechanic and fitter', '7413': 'Electrical line installer and repairer',
  '7421': 'Electronics mechanic and servicer', '7512': 'Baker', '7522': 'Cabinet-maker', '7543': 'Product grader and tester',
  '8121': 'Metal processing plant operator', '8142': 'Plastic products machine operator', '8160': 'Food products machine operator',
  '8189': 'Stationary plant and machine operator', '8211': 'Mechanical machinery assembler', '8212': 'Electrical and electronic equipment assembler',
  '8219': 'Assembler', '8322': 'Car, taxi and van driver', '8331': 'Bus and tram driver', '8332': 'Heavy truck and lorry driver',
  '8343': 'Crane operator', '8344': 'Forklift truck operator', '9112': 'Cleaner and helper', '9121': 'Hand launderer and presser',
  '9313': 'Building construction labourer', '9321': 'Hand packer', '9329': 'Manufacturing labourer', '9333': 'Freight handler',
  '9412': 'Kitchen helper', '9621': 'Messenger and package deliverer', '9622': 'Odd job person', '9629': 'Elementary worker',
};

const SUB_MAJOR_GROUPS: Readonly<Record<string, string>> = {
  '01': 'Commissioned armed forces officer', '02': 'Non-commissioned armed forces officer', '03': 'Armed forces occupation, other ranks',
  '11': 'Chief executive or senior official', '12': 'Administrative and commercial manager', '13': 'Production and specialised services manager',
  '14': 'Hospitality, retail and other services manager', '21': 'Science and engineering professional', '22': 'Health professional',
  '23': 'Teaching professional', '24': 'Business and administration professional', '25': 'Information and communications technology professional',
  '26': 'Legal, social and cultural professional', '31': 'Science and engineering associate professional', '32': 'Health associate professional',
  '33': 'Business and administration associate professional', '34': 'Legal, social and cultural associate professional',
  '35': 'Information and communications technician', '41': 'General and keyboard clerk', '42': 'Customer services clerk',
  '43': 'Numerical and material recording clerk', '44': 'Clerical support worker', '51': 'Personal services worker', '52': 'Sales worker',
  '53': 'Personal care worker', '54': 'Protective services worker', '61': 'Skilled agricultural worker',
  '62': 'Skilled forestry, fishery and hunting worker', '63': 'Subsistence farmer or fisher', '71': 'Building and related trades worker',
  '72': 'Metal, machinery and related trades worker', '73': 'Handicraft and printing worker', '74': 'Electrical and electronic trades worker',
  '75': 'Food processing, woodworking, garment and other craft worker', '81': 'Stationary plant and machine operator', '82': 'Assembler',
  '83': 'Driver or mobile plant operator', '91': 'Cleaner or helper', '92': 'Agricultural, forestry or fishery labourer',
  '93': 'Labourer in mining, construction, manufacturing or transport', '94': 'Food preparation assistant',
  '95': 'Street sales and services worker', '96': 'Refuse worker or other elementary worker',
};

/**
 * The English name of a CZ-ISCO / ISCO-08 code ("72121" → "Welder and flame cutter"): its unit group's
 * when listed, else its sub-major group's. Undefined for a code shorter than two digits or unknown.
 */
export function professionName(code: string | undefined): string | undefined {
  if (code === undefined || !/^\d{2,6}$/.test(code)) return undefined;
  return UNIT_GROUPS[code.slice(0, 4)] ?? SUB_MAJOR_GROUPS[code.slice(0, 2)];
}

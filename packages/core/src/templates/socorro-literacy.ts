/**
 * The Socorro ISD template: a finished plan drawn from the district's early-literacy work
 * (El Paso, Texas), as a worked example of a strong plan.
 *
 * Facts used, and where they come from (seeds in shared/seeds):
 * - profile 2009-10: 41,357 students, 41 schools, 2,493 teachers. The later case study says
 *   "approximately 47,000 students" but gives no campus or teacher counts, so the three
 *   organization figures all come from the one profile and agree with each other;
 * - 2019: 49% of third graders passed the state reading assessment at grade level;
 * - 2024 STAAR: 79% passed. The seed gives the year only; June 1 stands for the spring results.
 *   These are the only two district figures it gives: 2019 is the baseline, 2024 the one
 *   observation (repeating the baseline as an observation would draw it twice);
 * - two demographically different pilot campuses, James P. Butler and H.D. Hilley elementaries;
 * - pilot teachers began with one activity per station and built tiered activities over a year;
 * - master schedules with shared planning and extended data digs with coaches every three
 *   weeks ("glows and grows"); showcase visits; the first pilot cohort gained 24% in
 *   proficiency within a year, the second 48% despite teachers moving grades;
 * - the three-year grant closed at the end of 2023-24, so its years were 2021-22 to 2023-24;
 *   scaling then went on: upper grades, two more elementaries, feeder middle schools,
 *   baseline training for all teachers, residency sites with the University of Texas at El Paso.
 *
 * Strategy dates inside the grant years are approximate school-calendar dates; those after it
 * run to spring 2027 ("three to five years from now, it should be common practice").
 * The three-week diagnostic measure has no numbers or dates because the seed reports none:
 * the coach asks for a baseline, which is the honest gap in this plan.
 */
import type { TemplateBuilder } from './body.ts';

const DIGS = 'beh-data-digs';
const STATIONS = 'beh-tiered-stations';
const PLANNING = 'beh-protect-planning';

/** Socorro ISD's early-literacy plan: 49% to 79% of third graders reading at grade level. */
export const socorroLiteracyPlan: TemplateBuilder = (say) => ({
  title: say(
    'Socorro ISD: early literacy through blended learning',
    'Socorro ISD: lectoescritura inicial con aprendizaje combinado',
  ),
  organization: {
    name: 'Socorro ISD',
    kind: 'district',
    students: 41_357,
    campuses: 41,
    teachers: 2_493,
    location: say('El Paso, Texas', 'El Paso, Texas'),
  },
  problemOfPractice: say(
    'In 2019 only 49% of our third graders passed the state reading assessment at grade-level standard. ' +
      'Reading, writing and using those skills matter for the rest of a child’s life, and too many of our ' +
      'students leave third grade without them, so our early-literacy practice has to change.',
    'En 2019 solo el 49% de nuestros alumnos de tercer grado aprobó el examen estatal de lectura al nivel ' +
      'de su grado. Leer, escribir y aplicar esas destrezas importa para toda la vida, y demasiados alumnos ' +
      'terminan el tercer grado sin ellas; por eso tenemos que cambiar la manera en que enseñamos la ' +
      'lectoescritura inicial.',
  ),
  beliefStatement: say(
    'All means all. Station rotation, with small groups redrawn from fresh data, works for every child on ' +
      'every campus and in every classroom. It is not one more initiative: it is how Socorro already wants ' +
      'to teach reading, and it should become standard practice because it works, not because it is required.',
    'Todos significa todos. La rotación por estaciones, con grupos pequeños que se rehacen a partir de datos ' +
      'recientes, funciona para cada niño en cada plantel y en cada salón. No es una iniciativa más: es la ' +
      'manera en que Socorro ya quiere enseñar a leer, y debe volverse práctica común porque da resultados, ' +
      'no porque sea obligatoria.',
  ),
  result: {
    statement: say(
      'Raise the share of third graders who pass the STAAR reading assessment at grade level from 49% ' +
        '(spring 2019) to 79% by spring 2024, starting on two pilot campuses and then across the district.',
      'Aumentar el porcentaje de alumnos de tercer grado que aprueban el examen STAAR de lectura al nivel de ' +
        'su grado del 49% (primavera de 2019) al 79% para la primavera de 2024, empezando en dos planteles ' +
        'piloto y luego en todo el distrito.',
    ),
    measures: [
      {
        id: 'mea-third-grade-reading',
        name: say(
          'Third graders passing STAAR reading at grade level',
          'Alumnos de tercer grado que aprueban STAAR de lectura al nivel de su grado',
        ),
        unit: say('% of third graders', '% de alumnos de tercer grado'),
        direction: 'increase',
        cadence: 'yearly',
        baseline: { value: 49, date: '2019-06-01' },
        target: { value: 79, date: '2024-06-01' },
        observations: [
          {
            id: 'obs-2024',
            date: '2024-06-01',
            value: 79,
            note: say(
              'End of the three-year grant: target reached.',
              'Fin de la subvención de tres años: meta alcanzada.',
            ),
          },
        ],
      },
      {
        id: 'mea-pilot-diagnostic',
        name: say(
          'Pilot students at benchmark on the reading diagnostic',
          'Alumnos piloto en el nivel esperado del diagnóstico de lectura',
        ),
        unit: say('% of pilot K-3 students', '% de alumnos piloto de K a 3.º'),
        direction: 'increase',
        cadence: 'every-three-weeks',
        baseline: {},
        target: {},
        observations: [],
      },
    ],
  },
  behaviors: [
    {
      id: DIGS,
      who: say('Pilot K-3 teachers with their campus coach', 'Maestros piloto de K a 3.º con su coach del plantel'),
      action: say(
        'Every three weeks, as a grade-level team, go through the latest reading diagnostic, name the ' +
          'team’s glows and grows, and redraw the small groups by skill before the next rotation starts.',
        'Cada tres semanas, en equipo de grado, revisan el diagnóstico de lectura más reciente, señalan los ' +
          'aciertos del equipo y lo que falta por crecer, y rehacen los grupos pequeños por destreza antes de ' +
          'que empiece la siguiente rotación.',
      ),
      measuredBy: say(
        'Data-dig notes from each grade-level team every cycle, listing the new groups.',
        'Notas del análisis de datos de cada equipo de grado en cada ciclo, con la lista de los grupos nuevos.',
      ),
      origin: 'obvious',
    },
    {
      id: STATIONS,
      who: say('Pilot K-3 teachers', 'Maestros piloto de K a 3.º'),
      action: say(
        'During the literacy block, run station rotation in which each station offers activities tiered to ' +
          'the groups set at the last data dig, adding one tiered activity at a time.',
        'Durante el bloque de lectoescritura, organizan la rotación por estaciones de modo que cada estación ' +
          'ofrezca actividades graduadas según los grupos del último análisis de datos, y agregan una ' +
          'actividad graduada a la vez.',
      ),
      measuredBy: say(
        'Coach walkthroughs: share of stations with activities matched to the current groups.',
        'Visitas del coach al salón: porcentaje de estaciones con actividades acordes a los grupos actuales.',
      ),
      origin: 'positive-deviant',
    },
    {
      id: PLANNING,
      who: say('Pilot campus principals', 'Directores de los planteles piloto'),
      action: say(
        'Keep the extended grade-level planning block and the three-week data dig on the master schedule, ' +
          'never trade them for another meeting, and sit in on at least one data dig each cycle.',
        'Mantienen en el horario maestro el bloque extendido de planeación por grado y el análisis de datos ' +
          'cada tres semanas, nunca los cambian por otra junta y asisten al menos a un análisis de datos en ' +
          'cada ciclo.',
      ),
      measuredBy: say(
        'Data digs held against data digs scheduled, per campus and cycle, and the principal’s attendance.',
        'Análisis de datos realizados frente a los programados, por plantel y ciclo, y la asistencia del director.',
      ),
      origin: 'crucial-moment',
    },
  ],
  obvious: [
    {
      id: 'obv-fixed-groups',
      text: say(
        'Everyone agrees teaching should meet students where they are, yet without set time to look at ' +
          'data together, reading groups stay the same for months.',
        'Todos coinciden en que la enseñanza debe partir del nivel de cada alumno; sin embargo, sin un tiempo ' +
          'fijo para revisar los datos en equipo, los grupos de lectura se quedan igual durante meses.',
      ),
      behaviorIds: [DIGS, PLANNING],
    },
    {
      id: 'obv-initiative-fatigue',
      text: say(
        'Teachers are flooded with initiatives: what looks like one more thing gets dropped, while what fits ' +
          'the literacy framework they already use gets kept.',
        'Los maestros están saturados de iniciativas: lo que parece una cosa más se abandona, y lo que encaja ' +
          'en el marco de lectoescritura que ya usan se conserva.',
      ),
      behaviorIds: [STATIONS],
    },
  ],
  crucialMoments: [
    {
      id: 'mom-new-diagnostic',
      when: say(
        'When new diagnostic results arrive and the team must choose between regrouping and keeping last ' +
          'cycle’s groups.',
        'Cuando llegan resultados nuevos del diagnóstico y el equipo debe decidir si rehace los grupos o ' +
          'conserva los del ciclo anterior.',
      ),
      behaviorIds: [DIGS],
    },
    {
      id: 'mom-station-mismatch',
      when: say(
        'When a student is stuck at an independent station because the activity is too hard or too easy.',
        'Cuando un alumno se atora en una estación independiente porque la actividad es demasiado difícil o ' +
          'demasiado fácil.',
      ),
      behaviorIds: [STATIONS],
    },
    {
      id: 'mom-schedule-pressure',
      when: say(
        'When a meeting, a duty or a testing window competes with the planning block or the data dig.',
        'Cuando una junta, una guardia o un periodo de exámenes compite con el bloque de planeación o el ' +
          'análisis de datos.',
      ),
      behaviorIds: [PLANNING],
    },
    {
      id: 'mom-grade-change',
      when: say(
        'At the start of a year, when teachers move to a different grade level and must rebuild stations.',
        'Al inicio del ciclo escolar, cuando los maestros cambian de grado y tienen que rehacer sus estaciones.',
      ),
      behaviorIds: [DIGS, STATIONS],
    },
  ],
  positiveDeviants: [
    {
      id: 'dev-early-pilots',
      who: say(
        'Blended-learning pilot classrooms of the four years before 2019',
        'Salones piloto de aprendizaje combinado de los cuatro años anteriores a 2019',
      ),
      practice: say(
        'Rotated students through stations and grouped them from data, with clear gains in literacy skills ' +
          'and in student agency and engagement.',
        'Rotaban a los alumnos por estaciones y los agrupaban según los datos, con avances claros en ' +
          'lectoescritura y en la autonomía y participación de los alumnos.',
      ),
      behaviorIds: [STATIONS, DIGS],
    },
    {
      id: 'dev-pilot-teachers',
      who: say(
        'Pilot teachers at James P. Butler and H.D. Hilley elementaries',
        'Maestros piloto de las primarias James P. Butler y H.D. Hilley',
      ),
      practice: say(
        'Started with one activity per station and built tiered activities over the year. Their first cohort ' +
          'gained 24% in proficiency within the year; the second gained 48% even though teachers changed grades.',
        'Empezaron con una actividad por estación y construyeron actividades graduadas a lo largo del año. Su ' +
          'primera generación avanzó 24% en dominio durante el ciclo; la segunda avanzó 48% aunque los ' +
          'maestros cambiaron de grado.',
      ),
      behaviorIds: [STATIONS, DIGS],
    },
  ],
  cultureBusters: [
    {
      id: 'cb-public-trial',
      description: say(
        'Trying an unfinished station in front of colleagues, where it might flop: pilot teachers were told ' +
          'they could iterate without fear of failure.',
        'Probar una estación todavía sin pulir frente a los colegas, donde podría salir mal: a los maestros ' +
          'piloto se les dijo que podían ajustar sobre la marcha sin miedo a equivocarse.',
      ),
      behaviorIds: [STATIONS],
    },
    {
      id: 'cb-open-doors',
      description: say(
        'Opening a classroom to teachers from other campuses and to district officers who come to learn, ' +
          'not to evaluate.',
        'Abrir el salón a maestros de otros planteles y a funcionarios del distrito que vienen a aprender, ' +
          'no a evaluar.',
      ),
      behaviorIds: [STATIONS],
    },
    {
      id: 'cb-challenge-leaders',
      description: say(
        'Telling a leader, in private, “I need to challenge you on this”: the academic and technology leads ' +
          'made it normal between themselves.',
        'Decirle en privado a un líder “tengo que cuestionarte esto”: los responsables académico y de ' +
          'tecnología lo volvieron normal entre ellos.',
      ),
      behaviorIds: [PLANNING],
    },
  ],
  strategies: [
    {
      id: 'str-socorroize',
      source: 'personal-motivation',
      tactic: 'connect-to-values',
      description: say(
        'Present station rotation and data digs as part of Socorro’s Teaching and Learning Framework, not a ' +
          'new initiative: “it’s just what we do.”',
        'Presentar la rotación por estaciones y el análisis de datos como parte del Marco de Enseñanza y ' +
          'Aprendizaje de Socorro, no como una iniciativa nueva: “es simplemente lo que hacemos”.',
      ),
      behaviorIds: [DIGS, STATIONS, PLANNING],
      owner: say('School improvement officer', 'Oficial de mejora escolar'),
      start: '2021-03-01',
      due: '2021-08-13',
      status: 'done',
    },
    {
      id: 'str-showcase-visits',
      source: 'personal-motivation',
      tactic: 'direct-experience',
      description: say(
        'Invite teachers and leaders from other campuses to showcase visits where they watch the flow of a ' +
          'rotation in pilot classrooms.',
        'Invitar a maestros y líderes de otros planteles a visitas de demostración para que vean cómo fluye ' +
          'una rotación en los salones piloto.',
      ),
      behaviorIds: [STATIONS],
      owner: say('Pilot campus principals', 'Directores de los planteles piloto'),
      start: '2023-01-09',
      due: '2024-05-24',
      status: 'done',
    },
    {
      id: 'str-one-station-at-a-time',
      source: 'personal-ability',
      tactic: 'mini-goals',
      description: say(
        'Start each pilot teacher with one activity per reading station and add tiered activities over the year.',
        'Que cada maestro piloto empiece con una actividad por estación de lectura y agregue actividades ' +
          'graduadas a lo largo del año.',
      ),
      behaviorIds: [STATIONS],
      owner: say('Blended-learning project manager', 'Gerente del proyecto de aprendizaje combinado'),
      start: '2021-08-16',
      due: '2022-05-27',
      status: 'done',
    },
    {
      id: 'str-reading-science-practice',
      source: 'personal-ability',
      tactic: 'deliberate-practice',
      description: say(
        'Study Science of Teaching Reading content with the PK-2 instructional officer, then tier one station ' +
          'activity together and get feedback before using it in class.',
        'Estudiar los contenidos de la Ciencia de la Enseñanza de la Lectura con la oficial de instrucción de ' +
          'PK a 2.º, graduar juntos una actividad de estación y recibir retroalimentación antes de usarla en clase.',
      ),
      behaviorIds: [STATIONS],
      owner: say('PK-2 instructional officer', 'Oficial de instrucción de PK a 2.º'),
      start: '2021-09-01',
      due: '2022-05-27',
      status: 'done',
    },
    {
      id: 'str-glows-and-grows',
      source: 'social-motivation',
      tactic: 'public-recognition',
      description: say(
        'At every data dig, name the team’s glows and let the teacher behind each glow show colleagues the ' +
          'move that produced it.',
        'En cada análisis de datos, señalar los aciertos del equipo y pedir al maestro detrás de cada acierto ' +
          'que muestre a sus colegas la estrategia que lo produjo.',
      ),
      behaviorIds: [DIGS],
      owner: say('Campus intervention coaches', 'Coaches de intervención de los planteles'),
      start: '2021-09-01',
      due: '2024-05-24',
      status: 'done',
    },
    {
      id: 'str-leaders-visit-to-learn',
      source: 'social-motivation',
      tactic: 'leaders-model',
      description: say(
        'The academic services and instructional technology officers visit pilot schools to learn from the ' +
          'teachers, in classrooms and at data digs.',
        'Los oficiales de servicios académicos y de tecnología instruccional visitan las escuelas piloto para ' +
          'aprender de los maestros, en los salones y en los análisis de datos.',
      ),
      behaviorIds: [DIGS, STATIONS, PLANNING],
      owner: say('School improvement officer', 'Oficial de mejora escolar'),
      start: '2022-09-01',
      due: '2024-05-24',
      status: 'done',
    },
    {
      id: 'str-coach-led-digs',
      source: 'social-ability',
      tactic: 'coaching',
      description: say(
        'Campus coaches lead the extended data dig with each grade-level team every three weeks and help ' +
          'teachers turn the results into new groups.',
        'Los coaches del plantel dirigen el análisis de datos extendido con cada equipo de grado cada tres ' +
          'semanas y ayudan a los maestros a convertir los resultados en grupos nuevos.',
      ),
      behaviorIds: [DIGS],
      owner: say('Campus intervention coaches', 'Coaches de intervención de los planteles'),
      start: '2021-08-16',
      due: '2024-05-24',
      status: 'done',
    },
    {
      id: 'str-principal-partners',
      source: 'social-ability',
      tactic: 'teaming',
      description: say(
        'Pair the two pilot principals, at different stages of their careers, to plan together, solve ' +
          'problems and later coach the principals of campuses joining next.',
        'Hacer equipo a las dos directoras piloto, que están en etapas distintas de su carrera, para que ' +
          'planeen juntas, resuelvan problemas y después acompañen a los directores de los planteles que se suman.',
      ),
      behaviorIds: [PLANNING],
      owner: say('Pilot campus principals', 'Directores de los planteles piloto'),
      start: '2021-06-01',
      due: '2024-05-24',
      status: 'done',
    },
    {
      id: 'str-safe-to-iterate',
      source: 'structural-motivation',
      tactic: 'remove-disincentives',
      description: say(
        'Keep first-year station trials out of evaluations, so teachers can try, adjust and try again without ' +
          'fear of failure.',
        'Dejar fuera de las evaluaciones las pruebas de estaciones del primer año, para que los maestros ' +
          'intenten, ajusten y vuelvan a intentar sin miedo a equivocarse.',
      ),
      behaviorIds: [STATIONS],
      owner: say('School improvement officer', 'Oficial de mejora escolar'),
      start: '2021-08-16',
      due: '2022-05-27',
      status: 'done',
    },
    {
      id: 'str-master-schedules',
      source: 'structural-ability',
      tactic: 'change-space-and-schedule',
      description: say(
        'Build master schedules at both pilot campuses with extended grade-level and vertical planning time ' +
          'and a data dig with coaches every three weeks.',
        'Diseñar horarios maestros en los dos planteles piloto con tiempo extendido de planeación por grado y ' +
          'vertical, y un análisis de datos con los coaches cada tres semanas.',
      ),
      behaviorIds: [DIGS, PLANNING],
      owner: say('Pilot campus principals', 'Directores de los planteles piloto'),
      start: '2021-05-03',
      due: '2021-08-13',
      status: 'done',
    },
    {
      id: 'str-diagnostic-views',
      source: 'structural-ability',
      tactic: 'make-the-invisible-visible',
      description: say(
        'Give each team its diagnostic results by student and skill before the data dig, so groups can be ' +
          'redrawn during the meeting.',
        'Entregar a cada equipo sus resultados del diagnóstico por alumno y por destreza antes del análisis ' +
          'de datos, para rehacer los grupos durante la misma reunión.',
      ),
      behaviorIds: [DIGS],
      owner: say('Coordinator of technology', 'Coordinador de tecnología'),
      start: '2021-08-16',
      due: '2022-05-27',
      status: 'done',
    },
    {
      id: 'str-summer-learning-series',
      source: 'personal-ability',
      tactic: 'deliberate-practice',
      description: say(
        'Summer learning series: baseline training for every teacher, coach and campus leader in data-driven ' +
          'instruction, personalized instruction, student agency and rigor.',
        'Serie de aprendizaje de verano: capacitación básica para todos los maestros, coaches y líderes de ' +
          'plantel en enseñanza basada en datos, enseñanza personalizada, autonomía del alumno y rigor.',
      ),
      behaviorIds: [DIGS, STATIONS],
      owner: say('Academic services', 'Servicios Académicos'),
      start: '2024-06-03',
      due: '2027-08-13',
      status: 'in-progress',
    },
    {
      id: 'str-residency-sites',
      source: 'social-ability',
      tactic: 'coaching',
      description: say(
        'Make blended-learning campuses residency sites with the University of Texas at El Paso, so new ' +
          'teachers learn station rotation and data digs from their first day.',
        'Convertir los planteles de aprendizaje combinado en sedes de residencia con la Universidad de Texas ' +
          'en El Paso, para que los maestros nuevos aprendan la rotación por estaciones y el análisis de ' +
          'datos desde su primer día.',
      ),
      behaviorIds: [DIGS, STATIONS],
      owner: say('School improvement officer', 'Oficial de mejora escolar'),
      start: '2024-08-12',
      due: '2027-05-28',
      status: 'in-progress',
    },
  ],
  influencers: [
    {
      id: 'inf-superintendent',
      name: say('The superintendent', 'El superintendente'),
      role: say('Superintendent', 'Superintendente'),
      kind: 'organizational',
      stance: 'champion',
      reach: say('the cabinet and every principal', 'el gabinete y todos los directores'),
    },
    {
      id: 'inf-eksaengsri',
      name: 'Jina Eksaengsri',
      role: say('School improvement officer', 'Oficial de mejora escolar'),
      kind: 'organizational',
      stance: 'champion',
      reach: say('academic services and campus leaders', 'servicios académicos y líderes de plantel'),
    },
    {
      id: 'inf-moreno',
      name: 'Miguel Moreno',
      role: say('Coordinator of technology', 'Coordinador de tecnología'),
      kind: 'organizational',
      stance: 'champion',
      reach: say('the instructional technology team', 'el equipo de tecnología instruccional'),
    },
    {
      id: 'inf-sustaita',
      name: 'Erica Sustaita',
      role: say(
        'Blended-learning project manager, instructional technology specialist',
        'Gerente del proyecto de aprendizaje combinado, especialista en tecnología instruccional',
      ),
      kind: 'organizational',
      stance: 'champion',
      reach: say('pilot teachers', 'los maestros piloto'),
    },
    {
      id: 'inf-m-hernandez',
      name: 'Monica Hernandez',
      role: say('PK-2 math and science instructional officer', 'Oficial de instrucción de matemáticas y ciencias de PK a 2.º'),
      kind: 'organizational',
      stance: 'champion',
      reach: say('PK-2 reading teachers', 'los maestros de lectura de PK a 2.º'),
    },
    {
      id: 'inf-chavez',
      name: 'Rosa Chavez',
      role: say('Principal, James P. Butler Elementary', 'Directora, Primaria James P. Butler'),
      kind: 'opinion-leader',
      stance: 'champion',
      reach: say('her staff and principals of campuses joining next', 'su personal y los directores de los planteles que se suman'),
    },
    {
      id: 'inf-d-hernandez',
      name: 'Darlene Hernandez',
      role: say('Principal, H.D. Hilley Elementary', 'Directora, Primaria H.D. Hilley'),
      kind: 'opinion-leader',
      stance: 'champion',
      reach: say('her staff and visiting colleagues', 'su personal y los colegas que la visitan'),
    },
    {
      id: 'inf-rodriguez',
      name: 'Mark Rodriguez',
      role: say('Intervention coach, James P. Butler Elementary', 'Coach de intervención, Primaria James P. Butler'),
      kind: 'opinion-leader',
      stance: 'champion',
      reach: say('Butler grade-level teams', 'los equipos de grado de Butler'),
    },
    {
      id: 'inf-estrada',
      name: 'Emilio Estrada',
      role: say('Intervention coach, H.D. Hilley Elementary', 'Coach de intervención, Primaria H.D. Hilley'),
      kind: 'opinion-leader',
      stance: 'champion',
      reach: say('Hilley grade-level teams', 'los equipos de grado de Hilley'),
    },
  ],
});

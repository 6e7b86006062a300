/**
 * The practitioner's draft: a district blended-learning plan, restated as structured data from
 * the influence plan in shared/seeds/blended-learning-influencer-plan.txt.
 *
 * It keeps the defects the original has, on purpose, so the coach has real things to say:
 * - the result has no number and no date, and its one measure has no baseline or target;
 * - two of the three vital behaviors say nothing of how they are observed (`measuredBy` empty),
 *   and "collaborate … to talk about blended learning" is talk, not a high-leverage action;
 * - culture busters describe kinds of people and events ("teachers reluctant to change"),
 *   not behaviors the unwritten rules forbid;
 * - some crucial moments, the positive deviant and most obvious notes link to no behavior,
 *   and the positive deviants were never studied;
 * - the social-motivation cell lists a benefit ("performance will increase…") instead of a tactic,
 *   one strategy aims at no behavior, structural motivation is empty, and strategies have no dates.
 * Every id reference still resolves: the draft is weak, not broken.
 */
import type { TemplateBuilder } from './body.ts';

const COLLABORATE = 'beh-collaborate';
const DESIGN = 'beh-design-lessons';
const SCHEDULE = 'beh-schedule-small-groups';

/** A realistic first draft of a district blended-learning plan, gaps included. */
export const districtBlendedLearningPlan: TemplateBuilder = (say) => ({
  title: say('Blended learning across the district (draft)', 'Aprendizaje combinado en todo el distrito (borrador)'),
  organization: { name: say('Our district', 'Nuestro distrito'), kind: 'district' },
  problemOfPractice: say(
    'Most lessons are taught to the whole class at one pace, so some students fall through the cracks ' +
      'while others wait for the rest to catch up.',
    'La mayoría de las clases se imparten a todo el grupo a un mismo ritmo, así que algunos alumnos se ' +
      'quedan atrás mientras otros esperan a que los demás los alcancen.',
  ),
  beliefStatement: say(
    'We believe every student deserves a high-quality education and the chance to learn how to think. ' +
      'Blending face-to-face teaching with technology gives students time to work at their own pace on a ' +
      'personal path, and lets teachers meet each one where they are ready to learn.',
    'Creemos que todo alumno merece una educación de calidad y la oportunidad de aprender a pensar. ' +
      'Combinar la enseñanza presencial con la tecnología da a los alumnos tiempo para avanzar a su propio ' +
      'ritmo en un camino personal, y permite a los maestros atender a cada uno donde está listo para aprender.',
  ),
  result: {
    // Defect kept from the original: an outcome with no number and no date.
    statement: say(
      'Teachers manage and align online and offline content; performance rises for all students and ' +
        'achievement gaps close.',
      'Los maestros administran y alinean el contenido en línea y presencial; el rendimiento de todos los ' +
        'alumnos mejora y se cierran las brechas de aprovechamiento.',
    ),
    measures: [
      {
        id: 'mea-student-performance',
        name: say('Student performance', 'Rendimiento de los alumnos'),
        unit: say('progress-monitoring score', 'puntaje de monitoreo del progreso'),
        direction: 'increase',
        cadence: 'every-two-weeks',
        baseline: {},
        target: {},
        observations: [],
      },
    ],
  },
  behaviors: [
    {
      id: COLLABORATE,
      who: say('Teachers', 'Maestros'),
      action: say(
        'Collaborate in small groups to talk about blended learning.',
        'Colaboran en grupos pequeños para conversar sobre el aprendizaje combinado.',
      ),
      measuredBy: '',
      origin: 'other',
    },
    {
      id: DESIGN,
      who: say('Teachers', 'Maestros'),
      action: say(
        'Practise designing small-group lessons aligned to the targeted standards.',
        'Practican el diseño de lecciones para grupos pequeños alineadas con los estándares que se buscan.',
      ),
      measuredBy: say(
        'Lesson plans reviewed by the campus technology coach.',
        'Planes de clase revisados por el coach de tecnología del plantel.',
      ),
      origin: 'obvious',
    },
    {
      id: SCHEDULE,
      who: say('Teachers', 'Maestros'),
      action: say(
        'Set the times in the week for small-group instruction and one-on-one conferences with students.',
        'Fijan los momentos de la semana para la enseñanza en grupos pequeños y las conferencias individuales ' +
          'con los alumnos.',
      ),
      measuredBy: '',
      origin: 'obvious',
    },
  ],
  obvious: [
    {
      id: 'obv-align-standards',
      text: say('Teachers want their lessons aligned to the standards.', 'Los maestros quieren que sus clases estén alineadas con los estándares.'),
      behaviorIds: [DESIGN],
    },
    {
      id: 'obv-want-success',
      text: say('Teachers want their students to succeed.', 'Los maestros quieren que sus alumnos tengan éxito.'),
      behaviorIds: [],
    },
    {
      id: 'obv-do-what-is-expected',
      text: say(
        'Administrators and staff do what is clearly expected of them.',
        'Los administradores y el personal hacen lo que claramente se espera de ellos.',
      ),
      behaviorIds: [],
    },
    {
      id: 'obv-extra-work',
      text: say(
        'Teachers hold back from new practices that look like more work.',
        'Los maestros se resisten a las prácticas nuevas que parecen más trabajo.',
      ),
      behaviorIds: [],
    },
    {
      id: 'obv-central-program',
      text: say(
        'Teachers do better when one central program coordinates the work.',
        'A los maestros les va mejor cuando un programa central coordina el trabajo.',
      ),
      behaviorIds: [],
    },
    {
      id: 'obv-live-training',
      text: say(
        'Teachers do better when professional development is a live experience rather than a lecture.',
        'A los maestros les va mejor cuando la capacitación es una experiencia en vivo y no una conferencia.',
      ),
      behaviorIds: [COLLABORATE],
    },
  ],
  crucialMoments: [
    {
      id: 'mom-missed-mastery',
      when: say(
        'When a teacher lets pass a chance to help a student master a concept.',
        'Cuando un maestro deja pasar la oportunidad de ayudar a un alumno a dominar un concepto.',
      ),
      behaviorIds: [SCHEDULE],
    },
    {
      id: 'mom-technology-unused',
      when: say(
        'When a teacher leaves the technology unused and students lose an opportunity.',
        'Cuando un maestro deja la tecnología sin usar y los alumnos pierden una oportunidad.',
      ),
      behaviorIds: [],
    },
    {
      id: 'mom-lecture-training',
      when: say(
        'When professional development falls back on a lecture instead of a live, teacher-centered experience.',
        'Cuando la capacitación vuelve a ser una conferencia en lugar de una experiencia en vivo centrada en ' +
          'el maestro.',
      ),
      behaviorIds: [],
    },
  ],
  positiveDeviants: [
    {
      id: 'dev-current-blenders',
      who: say(
        'Teachers already using blended learning in their classrooms',
        'Maestros que ya usan el aprendizaje combinado en sus salones',
      ),
      practice: say(
        'Not yet studied: what they do differently still has to be observed.',
        'Aún no se ha estudiado: falta observar qué hacen de manera distinta.',
      ),
      behaviorIds: [],
    },
  ],
  cultureBusters: [
    {
      id: 'cb-no-tech-skills',
      description: say('Teachers without technology skills.', 'Maestros sin habilidades tecnológicas.'),
      behaviorIds: [],
    },
    {
      id: 'cb-reluctant',
      description: say('Teachers reluctant to change.', 'Maestros que se resisten al cambio.'),
      behaviorIds: [],
    },
    {
      id: 'cb-boring-training',
      description: say(
        'Dull, lecture-style professional development.',
        'Capacitación aburrida, en forma de conferencia.',
      ),
      behaviorIds: [],
    },
  ],
  strategies: [
    {
      id: 'str-blended-day',
      source: 'personal-motivation',
      tactic: 'direct-experience',
      description: say(
        'Three weeks before school starts, teachers live a real blended-learning day the way their students will.',
        'Tres semanas antes del inicio de clases, los maestros viven un día real de aprendizaje combinado tal ' +
          'como lo vivirán sus alumnos.',
      ),
      behaviorIds: [COLLABORATE],
      owner: say('Instructional technologist', 'Tecnólogo instruccional'),
      status: 'planned',
    },
    {
      id: 'str-model-the-day',
      source: 'personal-ability',
      tactic: 'deliberate-practice',
      description: say(
        'Model the teacher’s role through a typical day so teachers see its pace.',
        'Modelar el papel del maestro durante un día típico para que los maestros vean su ritmo.',
      ),
      behaviorIds: [SCHEDULE],
      status: 'planned',
    },
    {
      id: 'str-project-learning-review',
      source: 'personal-ability',
      tactic: 'other',
      description: say(
        'Review project-based learning and the pillars behind it.',
        'Repasar el aprendizaje basado en proyectos y los pilares que lo sostienen.',
      ),
      behaviorIds: [],
      status: 'planned',
    },
    {
      id: 'str-benefits',
      source: 'social-motivation',
      tactic: 'other',
      // Defect kept from the original: a benefit where a tactic should be.
      description: say(
        'Performance will increase with blended learning and students will be less likely to fall through the cracks.',
        'El rendimiento aumentará con el aprendizaje combinado y será menos probable que los alumnos se queden atrás.',
      ),
      behaviorIds: [COLLABORATE],
      status: 'planned',
    },
    {
      id: 'str-support-specialists',
      source: 'social-ability',
      tactic: 'coaching',
      description: say(
        'Train the campus technology coaches as blended-learning support specialists who coach teacher teams.',
        'Capacitar a los coaches de tecnología de cada plantel como especialistas de apoyo en aprendizaje ' +
          'combinado que acompañen a los equipos de maestros.',
      ),
      behaviorIds: [DESIGN],
      owner: say('Instructional technologist', 'Tecnólogo instruccional'),
      status: 'planned',
    },
    {
      id: 'str-teacher-teams',
      source: 'social-ability',
      tactic: 'teaming',
      description: say(
        'Campus coaches bring administrators on board and form teacher teams around the personalized learning program.',
        'Los coaches de cada plantel suman a los administradores y forman equipos de maestros en torno al ' +
          'programa de aprendizaje personalizado.',
      ),
      behaviorIds: [COLLABORATE],
      owner: say('Campus technology coaches', 'Coaches de tecnología de los planteles'),
      status: 'planned',
    },
    {
      id: 'str-every-two-weeks',
      source: 'structural-ability',
      tactic: 'change-space-and-schedule',
      description: say(
        'Teachers meet every two weeks to share their blended-learning experience and how their classroom is ' +
          'going, gather feedback, and learn to read student data to form groups.',
        'Los maestros se reúnen cada dos semanas para compartir su experiencia con el aprendizaje combinado y ' +
          'cómo va su salón, recibir retroalimentación y aprender a leer los datos de los alumnos para formar grupos.',
      ),
      behaviorIds: [COLLABORATE, SCHEDULE],
      status: 'planned',
    },
    {
      id: 'str-guideline',
      source: 'structural-ability',
      tactic: 'tools',
      description: say(
        'Write a guideline for student-centered learning, progress monitoring, technology integration, and ' +
          'student ownership and projects.',
        'Redactar una guía sobre el aprendizaje centrado en el alumno, el monitoreo del progreso, la ' +
          'integración de la tecnología, y la responsabilidad y los proyectos de los alumnos.',
      ),
      behaviorIds: [DESIGN],
      owner: say('Curriculum coordinator', 'Coordinador de currículo'),
      status: 'planned',
    },
  ],
  influencers: [
    {
      id: 'inf-superintendent',
      name: say('Superintendent', 'Superintendente'),
      role: say('Sponsor of the plan', 'Patrocinador del plan'),
      kind: 'organizational',
      stance: 'champion',
      reach: say('every campus', 'todos los planteles'),
    },
    {
      id: 'inf-instructional-technologist',
      name: say('Instructional technologist', 'Tecnólogo instruccional'),
      role: say('Leads the blended-learning rollout', 'Dirige la implementación del aprendizaje combinado'),
      kind: 'organizational',
      stance: 'champion',
      reach: say('campus technology coaches', 'los coaches de tecnología de los planteles'),
    },
    {
      id: 'inf-curriculum-coordinator',
      name: say('Curriculum coordinator', 'Coordinador de currículo'),
      role: say('Aligns content to the standards', 'Alinea los contenidos con los estándares'),
      kind: 'organizational',
      stance: 'neutral',
      reach: say('curriculum writers and lead teachers', 'los redactores de currículo y los maestros líderes'),
    },
    {
      id: 'inf-campus-technology-coaches',
      name: say('Campus technology coaches', 'Coaches de tecnología de los planteles'),
      role: say('Blended-learning support specialists, once trained', 'Especialistas de apoyo en aprendizaje combinado, una vez capacitados'),
      kind: 'organizational',
      stance: 'neutral',
      reach: say('teacher teams on each campus', 'los equipos de maestros de cada plantel'),
    },
  ],
});

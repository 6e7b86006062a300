export { TEMPLATE_NAMES, TEMPLATES, isTemplateName } from './names.ts';
export type { TemplateName, TemplateInfo } from './names.ts';
export { createPlanFromTemplate } from './create.ts';
export type { TemplateOptions } from './create.ts';

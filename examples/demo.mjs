// @ts-check
/**
 * `npm run demo`: a report of every metric family on the sample data in
 * examples/data/, computed with the built package. Each family's section
 * lives in examples/demo/.
 */
import { statisticsSection } from './demo/statistics.mjs';
import { customersSection } from './demo/customers.mjs';
import { lifetimeSection } from './demo/lifetime.mjs';
import { qualitySection } from './demo/quality.mjs';
import { surveySection } from './demo/survey.mjs';
import { supportSection } from './demo/support.mjs';
import { contactCentreSection } from './demo/contact-centre.mjs';
import { historiesSection } from './demo/histories.mjs';

console.log('cx-metrics demo');
surveySection();
statisticsSection();
customersSection();
qualitySection();
supportSection();
historiesSection();
contactCentreSection();
lifetimeSection();
(await import('./demo/retention-projection.mjs')).retentionProjectionSection();

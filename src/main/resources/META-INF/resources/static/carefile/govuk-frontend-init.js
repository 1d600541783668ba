// Starts GOV.UK Frontend's components (header menu, service navigation, skip link, buttons).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

import { msg } from '../../../locales/index.js';
import { ARTICLE, cite179 } from '../../../parameters/nd179-rates.js';
import type { Nd179Case } from '../../../schema/nd179.js';
import type { Flag } from '../../../model/types.js';

/** Rights without an amount, by group: shown with their citation so HR can act on them. */
export function rightsFlags(c: Nd179Case): Flag[] {
  const honours: Flag[] = [
    {
      code: 'honours-without-quota',
      label: msg('nd179.flags.honours-emulation-titles-without-quota'),
      citation: cite179(ARTICLE.honours),
    },
    {
      code: 'bonus-from-annual-fund',
      label: msg('nd179.flags.may-receive-bonus-from-annual'),
      citation: cite179(ARTICLE.honours),
    },
  ];
  switch (c.group) {
    case 'talented-staff':
      return [
        {
          code: 'priority-appointment',
          label: msg('nd179.flags.priority-appointment-leadership-senior-expert'),
          citation: cite179(ARTICLE.talentPlacement),
        },
        {
          code: 'study-trips-yearly',
          label: msg('nd179.flags.sent-study-research-exchange-trips'),
          citation: cite179(ARTICLE.talentPlacement),
        },
        ...honours,
      ];
    case 'graduate':
      return [
        {
          code: 'recruitment-by-review',
          label: msg('nd179.flags.recruited-review-x-t-tuy'),
          citation: cite179(ARTICLE.recruitment),
        },
        {
          code: 'training-priority',
          label: msg('nd179.flags.priority-training-towards-becoming-leading'),
          citation: cite179(ARTICLE.training),
        },
        {
          code: 'principal-specialist-after-5-years',
          label: msg('nd179.flags.promotion-principal-specialist-considered-after'),
          citation: cite179(ARTICLE.placementAfterRecruitment),
        },
        {
          code: 'early-leadership-appointment',
          label: msg('nd179.flags.after-1-2-good-years'),
          citation: cite179(ARTICLE.placementAfterRecruitment),
        },
        {
          code: 'provincial-supplement',
          label: msg('nd179.flags.provincial-people-s-council-may'),
          citation: cite179(ARTICLE.attraction),
        },
        ...honours,
      ];
    case 'expert': {
      const out: Flag[] = [];
      if (c.nationality === 'foreign') {
        out.push({
          code: 'visa-residence-support',
          label: msg('nd179.flags.simplified-visa-residence-work-permit'),
          citation: cite179(ARTICLE.foreignExperts),
        });
      }
      return [...out, ...honours];
    }
  }
}

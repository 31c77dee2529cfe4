import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '@zamena/shared/common/common.schemas';
import { investmentCaseSchema } from '@zamena/shared/investment-case/investment-case.schemas';
import { caseFileName } from './investment-case.labels';
import { investmentCasePdf } from './investment-case.pdf';
import type { InvestmentCaseService } from './investment-case.service';
import { investmentCaseWorkbook } from './investment-case.xlsx';

type Options = { investmentCases: InvestmentCaseService };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The lot's investment case (issue 23) and its exports; visible exactly as the lot is. */
export const investmentCaseRoutes: FastifyPluginAsyncZod<Options> = async (app, { investmentCases }) => {
  app.addHook('onRequest', app.authenticate);
  const tags = ['lots'];

  app.get(
    '/lots/:id/investment-case',
    {
      schema: {
        tags,
        summary: "A lot's investment case: demand by region, prices, coverage, measures, nearby sites",
        params: idParams,
        response: { 200: investmentCaseSchema },
      },
    },
    async (request) => investmentCases.get(request.params.id, request.actor),
  );

  app.get(
    '/lots/:id/investment-case.xlsx',
    { schema: { tags, summary: 'The investment case as an XLSX workbook', params: idParams } },
    async (request, reply) => {
      const investmentCase = await investmentCases.get(request.params.id, request.actor);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${caseFileName(investmentCase, 'xlsx')}"`)
        .send(await investmentCaseWorkbook(investmentCase));
    },
  );

  app.get(
    '/lots/:id/investment-case.pdf',
    { schema: { tags, summary: 'The investment case as a PDF document', params: idParams } },
    async (request, reply) => {
      const investmentCase = await investmentCases.get(request.params.id, request.actor);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${caseFileName(investmentCase, 'pdf')}"`)
        .send(await investmentCasePdf(investmentCase));
    },
  );
};

-- Custom SQL migration file, put your code below! --
-- Reference rows of the support-measure catalogue: well-known federal programmes, described generically
-- (an administrator keeps the catalogue current through /api/v1/support-measures). No OKPD2 or region
-- limits: these apply to manufacturing projects anywhere.
INSERT INTO "support_measures" ("name", "operator", "description", "max_amount", "url") VALUES
  ('Субсидии на разработку комплектующих изделий', 'Минпромторг России',
   'Гранты на разработку и производство комплектующих изделий, до 100 млн руб.', 100000000.00,
   'https://minpromtorg.gov.ru'),
  ('«Проекты развития»', 'Фонд развития промышленности',
   'Льготные займы на проекты по выпуску импортозамещающей и конкурентоспособной промышленной продукции.', NULL,
   'https://frprf.ru'),
  ('«Комплектующие изделия»', 'Фонд развития промышленности',
   'Льготные займы на организацию производства комплектующих изделий.', NULL,
   'https://frprf.ru'),
  ('Специальный инвестиционный контракт (СПИК)', 'Минпромторг России',
   'Соглашение инвестора с государством о стабильных условиях для проекта по созданию или локализации промышленного производства.', NULL,
   'https://minpromtorg.gov.ru');

import ExcelJS from 'exceljs';
import type { ReportDto } from './dto/stats.dto.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * 人民调解工作月报表 as the file a committee hands to the judicial office: a title row, two header
 * rows (groups merged over their columns, single columns merged down), one row per committee and
 * the totals row.
 */
export async function reportWorkbook(report: ReportDto, exportedBy: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'tiaojie 调解';
  const sheet = book.addWorksheet(`${report.period}月报`, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }],
    // Who exported it and when, on every printed page (the print watermark of an Excel file).
    headerFooter: { oddHeader: `&R${exportedBy}`, evenHeader: `&R${exportedBy}` },
  });
  const width = report.columns.length + 1;
  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = `人民调解工作月报表(${report.period.replace('-', '年')}月)`;
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = `填报单位:${report.organisationName}`;

  const top = 3;
  sheet.mergeCells(top, 1, top + 1, 1);
  sheet.getCell(top, 1).value = '调解组织';
  let col = 2;
  while (col - 2 < report.columns.length) {
    const column = report.columns[col - 2]!;
    if (!column.group) {
      sheet.mergeCells(top, col, top + 1, col);
      sheet.getCell(top, col).value = column.label;
      col += 1;
      continue;
    }
    let end = col;
    while (report.columns[end - 2]?.group === column.group) end += 1;
    sheet.mergeCells(top, col, top, end - 1);
    sheet.getCell(top, col).value = column.group;
    for (let c = col; c < end; c++) sheet.getCell(top + 1, c).value = report.columns[c - 2]!.label;
    col = end;
  }
  for (const r of [top, top + 1])
    sheet.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    });

  const cellValue = (key: string, value: number | string | undefined) =>
    key === 'amount' ? Number(value ?? 0) : (value ?? 0);
  for (const row of report.rows) {
    sheet.addRow([row.name, ...report.columns.map((c) => cellValue(c.key, row.values[c.key]))]);
  }
  const totals = sheet.addRow(['合计', ...report.columns.map((c) => cellValue(c.key, report.totals[c.key]))]);
  totals.font = { bold: true };
  for (let r = top + 2; r <= sheet.rowCount; r++)
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
      cell.border = BORDER;
      if (report.columns[c - 2]?.key === 'amount') cell.numFmt = '#,##0.0000';
    });
  sheet.getColumn(1).width = 24;
  for (let c = 2; c <= width; c++) sheet.getColumn(c).width = report.columns[c - 2]!.group ? 7 : 12;
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The small layout language templates render to, one block per line:
 *   title 人民调解协议书        subtitle 编号:…         heading 一、当事人
 *   para 正文(首行缩进)          plain 正文(不缩进)       kv 标签|内容
 *   term 1|条款正文               note 小字说明           space
 *   sign 申请人(签名)|年 月 日   (a line to sign by hand, with the date on the right)
 *   signatures                    (the signature block, drawn from the document's data)
 *   pagebreak
 */
export type Block =
  | { kind: 'title' | 'subtitle' | 'heading' | 'para' | 'plain' | 'note'; text: string }
  | { kind: 'kv'; label: string; text: string }
  | { kind: 'term' | 'sign'; label: string; text: string }
  | { kind: 'space' | 'signatures' | 'pagebreak' }
  /**
   * A scanned page under its caption, filling the rest of the page; never written by a template.
   * `data` is null when the stored image does not decode: the renderer prints a placeholder.
   */
  | { kind: 'image'; caption: string; data: Buffer | null };

const TEXT_KINDS = ['title', 'subtitle', 'heading', 'para', 'plain', 'note'] as const;

export function parseLayout(source: string): Block[] {
  const blocks: Block[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const space = line.indexOf(' ');
    const kind = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space + 1).trim();
    if ((TEXT_KINDS as readonly string[]).includes(kind)) {
      blocks.push({ kind: kind as (typeof TEXT_KINDS)[number], text: rest });
    } else if (kind === 'kv' || kind === 'term' || kind === 'sign') {
      const bar = rest.indexOf('|');
      if (bar < 0) throw new Error(`layout line ${index + 1}: "${kind}" needs "label|text"`);
      blocks.push({ kind, label: rest.slice(0, bar), text: rest.slice(bar + 1) });
    } else if (kind === 'space' || kind === 'signatures' || kind === 'pagebreak') {
      blocks.push({ kind });
    } else {
      throw new Error(`layout line ${index + 1}: unknown block "${kind}"`);
    }
  });
  return blocks;
}

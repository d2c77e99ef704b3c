import type { Message } from '../i18n';
import type zhReturnFile from '../i18n/zh-CN/returnFile';

/** One problem found in a return file, located as Excel shows it. */
export interface ReturnIssue {
  severity: 'error' | 'warning';
  sheet?: string;
  /** 1-based row number as Excel shows it. */
  row?: number;
  /** Column letter and header, such as "C 资产编号". */
  column?: string;
  message: Message;
}

export type IssueKey = keyof (typeof zhReturnFile)['issue'];
export type IssueParams = Record<string, string | number>;

/** Where an issue is: any of sheet, row and column. */
export type IssuePlace = Pick<ReturnIssue, 'sheet' | 'row' | 'column'>;

/** The message of an issue, keyed in the returnFile catalog. */
export function issueMessage(key: IssueKey, params?: IssueParams): Message {
  return params === undefined
    ? { key: `returnFile:issue.${key}` }
    : { key: `returnFile:issue.${key}`, params };
}

/**
 * Collects issues up to a cap so that a broken file with a million bad cells still gives a short,
 * readable report; the count of what was left out is reported at the end.
 */
export class IssueCollector {
  private readonly list: ReturnIssue[] = [];
  private dropped = 0;
  private errorCount = 0;

  constructor(private readonly cap = 1000) {}

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  error(key: IssueKey, params?: IssueParams, place?: IssuePlace): void {
    this.errorCount++;
    this.add({ severity: 'error', ...place, message: issueMessage(key, params) });
  }

  warning(key: IssueKey, params?: IssueParams, place?: IssuePlace): void {
    this.add({ severity: 'warning', ...place, message: issueMessage(key, params) });
  }

  /** The issues, errors first, each group in the order found. */
  finish(): ReturnIssue[] {
    const sorted = [
      ...this.list.filter((i) => i.severity === 'error'),
      ...this.list.filter((i) => i.severity === 'warning'),
    ];
    if (this.dropped > 0) {
      sorted.push({
        severity: 'warning',
        message: issueMessage('tooManyIssues', { shown: this.list.length, more: this.dropped }),
      });
    }
    return sorted;
  }

  private add(issue: ReturnIssue): void {
    if (this.list.length < this.cap) this.list.push(issue);
    else this.dropped++;
  }
}

/** "5+" when there is a next page: the card shows the first page only. */
export function countLabel(count: number, nextCursor: string | null): string {
  return nextCursor ? `${count}+` : String(count);
}

/**
 * Who still stands with the group: the count the end screen reports as survivors and the
 * tutorial waits for before it teaches switching. Down, turned and still-to-be-found students do
 * not stand with it. A pure query over students as the world or a snapshot shows them.
 */

export interface GroupMember {
  readonly down: boolean;
  readonly turned: boolean;
  readonly waiting: boolean;
}

/** Whether a student stands with the group: found, on their feet, themselves. */
export const standsWithGroup = (student: GroupMember): boolean => !student.down && !student.turned && !student.waiting;

/** How many students stand with the group. */
export const standingCount = (students: readonly GroupMember[]): number => students.filter(standsWithGroup).length;

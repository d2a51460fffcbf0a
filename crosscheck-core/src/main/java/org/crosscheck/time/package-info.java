/**
 * Dates at the precision a source supports. {@link org.crosscheck.time.PartialDate} is shared
 * by extraction (publication dates), claims (event dates) and the report (timeline); it must
 * never invent a month or a day that the source did not give.
 */
package org.crosscheck.time;

/** Use cases of placement-duty and out-of-school cases, and of exemptions (SPEC §6-§7). */
package nl.passend.application.cases;

/** Bekostiging: funding categories and (with the funding issue) money, budgets and distribution. */
package nl.passend.domain.funding;

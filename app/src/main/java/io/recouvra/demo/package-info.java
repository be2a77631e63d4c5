/**
 * Demo data: fixed creditors with debtors of every type and debts in several states, loaded at
 * start-up when {@code recouvra.demo.data} is true. A pure client of the modules' facades.
 */
package io.recouvra.demo;

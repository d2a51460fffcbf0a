/**
 * Claim alignment: takes the claims of one story's articles and the story's witness groups,
 * and gives groups of claims that state the same fact (with how many articles and how many
 * independent witnesses state each, and its status) and the conflicts between outlets, each with
 * one side per stated value. Sentence embeddings only propose candidate pairs; slot comparison
 * (actions and their WordNet synonyms and antonyms, dates, numbers, named roles, negation)
 * decides. It must never report a conflict from similarity alone, never count a copy as a second
 * witness, and never change the claims it is given.
 */
package org.crosscheck.align;

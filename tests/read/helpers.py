"""Short English articles written for these tests (fictional places and people)."""

ARTICLE = (
    "The government of Norland said on Tuesday that it would reopen its border with "
    "Estmarch after three weeks of talks between the two countries. Interior Minister "
    "Paula Grint told reporters in the capital that the first lorries would cross on Friday."
)

SECOND = (
    "Farmers in the Norland valley blocked a motorway for six hours on Monday to protest "
    "against new water charges, police said. Their union said the blockade would be "
    "repeated every week until the charges were withdrawn by the regional council."
)

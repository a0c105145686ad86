"""The schema.org vocabulary Tally's ClaimReview JSON-LD may use: for each type emitted, its valid properties.

Each list is the type's own properties plus those it inherits, as the schema.org pages
list them (version 29); only the properties that could apply to Tally's data are listed,
so this is a subset of each type's vocabulary, never a superset. Sources:

- https://schema.org/Thing
- https://schema.org/CreativeWork (Thing > CreativeWork)
- https://schema.org/Review and https://schema.org/ClaimReview (CreativeWork > Review > ClaimReview)
- https://schema.org/Claim (CreativeWork > Claim)
- https://schema.org/Quotation (CreativeWork > Quotation: only ``spokenByCharacter`` of its own; it has no
  ``additionalProperty``, which belongs to Place, Product, QualitativeValue, QuantitativeValue and a few others)
- https://schema.org/Article and https://schema.org/NewsArticle (CreativeWork > Article > NewsArticle)
- https://schema.org/Organization, https://schema.org/Person (Thing > ...)
- https://schema.org/Rating (Thing > Intangible > Rating)
- https://schema.org/QuantitativeValue (Thing > Intangible > StructuredValue > QuantitativeValue)
"""

THING = {
    "additionalType",
    "alternateName",
    "description",
    "disambiguatingDescription",
    "identifier",
    "image",
    "mainEntityOfPage",
    "name",
    "potentialAction",
    "sameAs",
    "subjectOf",
    "url",
}
CREATIVE_WORK = THING | {
    "about",
    "abstract",
    "author",
    "citation",
    "contributor",
    "creator",
    "dateCreated",
    "dateModified",
    "datePublished",
    "headline",
    "inLanguage",
    "isBasedOn",
    "isPartOf",
    "keywords",
    "license",
    "mentions",
    "publisher",
    "sourceOrganization",
    "text",
}
REVIEW = CREATIVE_WORK | {"itemReviewed", "reviewAspect", "reviewBody", "reviewRating", "associatedClaimReview"}
ARTICLE = CREATIVE_WORK | {"articleBody", "articleSection", "wordCount"}

PROPERTIES: dict[str, set[str]] = {
    "ClaimReview": REVIEW | {"claimReviewed"},
    "Claim": CREATIVE_WORK | {"appearance", "claimInterpreter", "firstAppearance"},
    "Quotation": CREATIVE_WORK | {"spokenByCharacter"},
    "NewsArticle": ARTICLE | {"dateline", "printColumn", "printEdition", "printPage", "printSection"},
    "Organization": THING | {"legalName", "logo"},
    "Person": THING | {"familyName", "givenName"},
    "Rating": THING | {"author", "bestRating", "ratingExplanation", "ratingValue", "reviewAspect", "worstRating"},
    "QuantitativeValue": THING
    | {
        "additionalProperty",
        "maxValue",
        "minValue",
        "unitCode",
        "unitText",
        "value",
        "valueReference",
    },
}
# Properties whose schema.org range is Number (for QuantitativeValue's value the recommended type).
NUMBERS = {"minValue", "maxValue", "value", "ratingValue", "bestRating", "worstRating"}

"""Cue-word patterns: a clause's instrument and status, commitment verbs, and what rejects a clause."""

from __future__ import annotations

import re

from store.extraction.gate import Gated, gated
from store.extraction.memo import once_per_reading
from store.extraction.money import PERCENT

# The verb decides when no instrument word does: money invested, co-invested or put into
# anything (a company, a plant, "projects", "overseas assets") buys a share of it, and so does
# "a $500m investment in X". A named instrument ("invest via a loan", "grants") wins: this is
# tried after loans, grants and the rest. "Investment screening" is read before it; an
# "investment fund", "investment tax credit" or "final investment decision" is no purchase.
_INVEST = (
    r"\b(?:co-?)?invest(?:s|ed)?\b"
    # "is investing", not "companies investing in ..." (a plural noun's, someone else's money)
    r"|(?<![b-hj-z]s )\b(?:co-?)?investing\b"
    # "a $500m investment in X", "its investment": not an "investment fund" or "tax credit",
    # nor the "private" or "foreign" investment a project hopes to attract
    r"|(?<!private )(?<!foreign )(?<!inward )\binvestments?\b"
    r"(?!\s+(?:funds?|tax|decisions?|banks?|bankers?|screening|review|climate|grade|vehicles?"
    r"|firms?|managers?|trusts?|agreements?|treaty|treaties|promotion|policy|policies"
    r"|framework|board|council|plans?|programmes?|programs?|portfolio|strategy|opportunit\w+"
    r"|projects?|pipeline|proposals?|forum|summit|corporation|company|holdings?"
    r"|authority|office|agency|ministry|department|arm|house)\b)"
    # "putting ¥8bn into", "sinking SEK 3.5bn into", "pouring $1bn into": money into a thing
    r"|\b(?:put(?:s|ting)?|sink(?:s|ing)?|sank|sunk|pour(?:s|ed|ing)?|plough(?:s|ed|ing)?"
    r"|plow(?:s|ed|ing)?|inject(?:s|ed|ing)?)\b(?!\s+(?:up|forward|on|off|out|in place)\b)"
    r"[^;]{0,40}?\binto\s+"
    r"(?!(?:care|production|operation|effect|force|place|service|practice|perspective|context"
    r"|action|motion|question|doubt|orbit|storage|the spotlight|words)\b)"
    # "ADQ: $40mn into a Moroccan refiner", "€25 million into the plant": a sum put into a thing
    r"|(?:[$€£¥₹]\s?\d|\b\d)[\d.,]*\s*(?:[mb]n|[mbk]|million|billion|crore|lakh)\b"
    r"(?:\s+(?:euros?|dollars?|pounds?|yen|won|rupees?|kronor|kroner))?"
    # ("€75m from Salzgitter into a line": whose money it is, named between)
    r"(?:\s+from\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})?\s+into\s+"
    r"(?!(?:production|operation|effect|force|service|storage|tonnes|kilograms)\b)"
    # "will spend $1.4bn on a new smelter", "spending two billion euros on a refinery": the
    # spender's own money into its own asset
    r"|\b(?:spend|spends|spending|spent)\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|between\s+"
    r"|as\s+much\s+as\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|over\s+)?"
    # (the currency may come first, apart: "Rs 75 lakh", "INR 40 crore", "Rp 3 trillion"; a
    # range "between A$300 million and A$450 million" is one sum)
    r"(?:(?:(?-i:Rs\.?|Rp|[A-Z]{3}|[A-Z]{1,2}\$)\s)?(?:\S*\d\S*|(?:[a-z-]+\s+){1,4}?(?:million|billion|trillion))"
    r"(?:\s+(?:[mb]n|million|billion|trillion|crore|lakh))?"
    r"(?:\s+(?:[a-z]+\s+)?(?:euros?|dollars?|pounds?|yen|won|rupees?|kronor|kroner|francs|baht|yuan"
    r"|rand|dong|tenge|ringgit|pesos?|reais|naira|zloty|złoty|zł|zlotys?))?"
    r"(?:\s+(?:and|to)\s+(?=\S*\d))?){1,2}"
    # ("will spend A$300 million more on its refinery": more of its own money)
    r"(?:\s+(?:more|extra|again))?"
    # what the money goes on: its own plant, mine or works ("on a new wet concentrator", "on a
    # rare earth survey", "at its copper mine"), or building it ("to finish its refinery",
    # "developing rare earths")
    r"\s+(?:(?:on|at|in)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:smelters?|refiner(?:y|ies)|plants?|mines?|mills?|lines?|facilit(?:y|ies)|projects?"
    r"|expansions?|expanding|building|developing|upgrad\w+|capacity|hub|site|venture|exploration"
    r"|drilling|pilots?|concentrators?|surveys?|restart(?:ing)?|furnaces?|kilns?|circuits?"
    r"|dredges?|processing|recovery|trains?|units?|stages?|phases?|works|foundr(?:y|ies)|fabs?"
    # "spending $6m on a tungsten feasibility update": its own project's studies
    r"|(?:feasibility|scoping|bankable)\s+(?:stud(?:y|ies)|updates?|work)|feasibility)\b"
    r"|(?:to\s+)?(?:build|finish|complete|expand|develop|restart|reopen|upgrade|construct"
    r"|building|finishing|completing|expanding|developing|restarting|reopening|upgrading"
    r"|constructing)\b)"
    # "ADQ commits USD 75 mn to a Moroccan cobalt refiner": money given to one company (not to a
    # plant, a study or "Japanese companies", which may be lent or granted)
    r"|\bcommit(?:s|ted|ting)?\s+(?:[^\s\d]+\s+)?\S*\d\S*\s+(?:[a-z]+\s+)?to\s+an?\s+"
    r"(?:[\w-]+\s+){0,4}?(?:start-?up|company|firm|refiner|miner|producer|developer|recycler"
    r"|processor|manufacturer)\b"
    # "CalSTRS commits $250 million to a battery metals fund": a limited partner's commitment
    # buys units of the fund
    r"|\bcommit(?:s|ted|ting)?\s+(?:[^\s\d]+\s+)?\S*\d\S*\s+(?:[a-z]+\s+)?to\s+(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,4}?funds?\b"
)
_INSTRUMENT_PATTERNS: tuple[tuple[str, Gated], ...] = tuple(
    (name, gated(pattern, re.I))
    for name, pattern in (
        ("letter-of-interest", r"\bletters? of interest\b|\b(?-i:LOIs?)\b"),
        (
            "mou",
            r"\bmemorand(?:um|a) of (?:understanding|co-?operation)\b|\b(?-i:MoUs?|MOUs?)\b"
            r"|\bdeclarations? of intent\b|\bdeclarations?\b"
            r"|\bletters? of intent\b|\b(?:co-?operation|framework) "
            # (not "the banks said in a joint statement": where a deal was told, not the deal)
            r"(?:agreement|accord|pact)s?\b|(?<!\bin a )(?<!\bin their )\bjoint (?:statement|declaration)\b"
            r"|\bstrategic partnership\b"
            # "Kazakhstan and Germany sign rare earths pact": an accord signed (a supply or
            # purchase pact is an offtake)
            r"|\bsign(?:s|ed|ing)?\s+(?:an?\s+|the\s+)?"
            r"(?:(?!(?:supply|supplies|purchase|purchasing|sales|offtake|procurement)\b)[\w-]+\s+){0,4}?pacts?\b",
        ),
        (
            "price-floor",
            r"\bprice[- ]floors?\b|\bfloor[- ]prices?\b|\bminimum prices?\b"
            r"|\bprice guarantees?\b|\bcontracts? for difference\b|\bprice support\b"
            # "will pay smelters the difference when the price falls below $X": a floor kept
            # by topping up, said without the word
            r"|\bpa(?:y|ys|id|ying)\s+(?:[\w-]+\s+){0,4}?the difference\b",
        ),
        (
            "guarantee",
            r"\bguarantee(?:[sd]|ing)?\b|\bguarant(?:y|or|ors)\b|\b(?:export )?credit insurance\b"
            r"|\b(?:political )?risk insurance\b|\binsurance cover\b"
            # "export credit cover of CZK 1.4 billion", "US$100 million of cover for the mine",
            # "will insure a $400 million bank loan": an export-credit agency's guarantee (not
            # "to cover the cost", which pays for a thing)
            r"|\b(?:export[- ]credit|credit|risk|guarantee) cover\b|\bof cover\b"
            r"|\b(?:provid\w*|offer\w*|extend\w*|giv\w*|gave|issu\w*) (?:\w+ )?cover\b"
            r"(?!\s+(?:the|its|all|part|costs?)\b)"
            r"|\b(?:re)?insur(?:e|es|ed|ing)\b"
            # "Credendo will cover a EUR 70 million loan": an insurer taking on a lender's risk
            # (not "to cover the loan's interest", which pays)
            r"|(?<!to )\bcover(?:s|ed|ing)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
            r"(?:[\w$€£¥₹.,-]+\s+){0,4}?(?:loans?|credit lines?|credit facilit(?:y|ies))\b(?!['\u2019])"
            # "CESCE will cover €90m of a bank loan", "covers 80% of the facility": a share of
            # someone else's loan taken on, not the cost of a thing paid for
            r"|\bcover(?:s|ed|ing)?\s+(?:up\s+to\s+)?\S{0,4}\d[\d.,]*\s?(?:%|[mb]n?|million|billion)?"
            r"\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:loans?|credit|financing"
            r"|facilit(?:y|ies)|debt)\b"
            # "SERV is covering CHF 35 million of flotation cells shipped to Zambia": a sum of
            # exports insured (not "cover $5 million of the costs", which pays for them)
            r"|\bcover(?:s|ed|ing)?\s+(?:up\s+to\s+)?(?:[A-Za-z]{1,3}\$?\s?|[$€£¥₹]\s?)\d[\d.,]*\s?"
            r"(?:[mb]n?|million|billion)\s+(?:of|in)\s+(?!(?:the\s+|its\s+|their\s+)?(?:costs?|expenses"
            r"|fees|bills?|losses|overruns?)\b)",
        ),
        (
            "stockpile",
            # (not "Military Commercial Joint Stock Bank": a company form)
            r"\bstockpil\w*|\b(?!(?-i:Joint Stock)\b)"
            r"(?:strategic|national|emergency|joint|shared|common) (?:\w+ ){0,3}?"
            r"(?:reserves?|stocks?)\b"
            # "agreed to jointly build a $1 billion reserve of lithium": not a geological reserve
            r"|\b(?:build|create|set up|establish|fill)(?:s|ing|ed)?\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
            r"(?:[\w$€£¥₹.,-]+\s+){0,4}?reserves?\b"
            # "will jointly build up stocks of rare earths": holdings built, not shares ("stocks")
            r"|\b(?:build|builds|building|built)\s+up\s+(?:their\s+|its\s+|national\s+)?"
            r"(?:stocks|stockpiles|inventories|reserves)\s+of\b",
        ),
        (
            "investment-screening",
            # "screen foreign bids", "vet every foreign purchase of lithium concessions"
            r"\binvestment screening\b|\b(?:screen|vet|review)(?:s|ed|ted|ing|ting)? "
            r"(?:(?:every|all|any|each|new)\s+)?(?:(?:foreign|chinese|overseas|state) )?"
            r"(?:investments?|acquisitions?|takeovers?|bids?|purchases?|buyers?)\b"
            # (a deal "subject to Foreign Investment Review Board approval" is only conditional)
            r"|\bforeign investment review\b(?!\s+board\s+(?:approval|clearance|consent|sign-?off)\b)"
            # "will require cabinet approval for any foreign purchase of a miner": purchases vetted
            r"|\brequir(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:approval|clearance|consent|permission)"
            r"\s+(?:for|of|before)\s+(?:(?:any|all|every|each|new)\s+)?(?:foreign|overseas|chinese)\s+"
            r"(?:investments?|acquisitions?|takeovers?|bids?|purchases?|buyers?|ownership|stakes?)\b"
            r"|\bnational[- ]security (?:review|screening)s?\b"
            # "will tighten its reviews of foreign takeovers": the screening made stricter
            r"|\b(?:tighten|toughen|strengthen|broaden|widen|expand|step(?:s|ped|ping)? up)\w*\s+"
            r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:screening|reviews?|scrutiny|vetting|checks)"
            # ("of foreign state-owned investors", "of takeovers of lithium miners by foreign
            # state-owned enterprises": the foreign buyer named before or after)
            r"\s+(?:of|on)\s+(?:(?:all|any|every|new)\s+)?(?:(?:(?:foreign|chinese|overseas|state-owned)\s+){1,2}"
            r"(?:investments?|investors?|acquisitions?|takeovers?|bids?|purchases?|buyers?|ownership|stakes?)\b"
            r"|(?:investments?|acquisitions?|takeovers?|bids?|purchases?|stakes?)\s+(?:[\w-]+\s+){0,6}?"
            r"by\s+(?:foreign|chinese|overseas|state-owned)\b)"
            # "will require prior screening of foreign purchases of stakes": the screening itself
            r"|\b(?:prior\s+|mandatory\s+|compulsory\s+)?(?:screening|vetting)\s+of\s+(?:(?:all|any|every|new)\s+)?"
            r"(?:(?:foreign|chinese|overseas|state-owned)\s+){1,2}(?:investments?|investors?|acquisitions?"
            r"|takeovers?|bids?|purchases?|buyers?|stakes?)\b"
            # CFIUS acting is screening; a deal "subject to CFIUS clearance" is only conditional
            r"|(?<!subject to )(?<!pending )(?<!under )(?<!awaiting )(?<!requires )\b(?-i:CFIUS)\b"
            r"(?!\s+(?:clearance|approval|sign-?off|consent|review)\b)"
            r"|\bblock(?:s|ed|ing)? (?:the |a |its |any |all )?"
            r"(?:[\w-]+ )?(?:takeovers?|acquisitions?|purchases?|bids?|investments?)\b"
            r"|\border(?:s|ed)? (?:\w+ ){1,4}to divest\b|\bdivest(?:ment|iture)? order\b",
        ),
        (
            "export-control",
            r"\bexport (?:controls?|bans?|restrictions?|curbs?|quotas?|"
            r"licen[cs](?:e|es|ing))\b|\b(?:ban(?:s|ned)?|restrict(?:s|ed)?|"
            r"curb(?:s|ed)?|halt(?:s|ed)?|suspend(?:s|ed)?|stop(?:s|ped)?"
            # ("to ban rare earth ore exports": up to three words saying what is banned)
            r"|limit(?:s|ed)?) (?:the )?(?:[\w-]+ ){0,3}?exports?\b"
            # "will require permits for exports of battery scrap": exports licensed
            r"|\brequir(?:e|es|ed|ing) (?:export )?(?:permits?|licen[cs]es?) (?:for|on) (?:the )?exports?\b"
            # "will stop raw ore from leaving the country": exports banned, said without the word
            r"|\b(?:stop|stops|stopped|stopping|prevent\w*|bar|bars|barred|keep|keeps|kept)\s+"
            r"(?:[\w-]+\s+){1,5}?from\s+(?:leaving|being\s+(?:exported|shipped\s+abroad))\b",
        ),
        (
            "tariff",
            r"\btariffs?\b|\b(?:anti-dumping|countervailing|import|customs) dut(?:y|ies)\b"
            r"|\bduties\b|\bimport levy\b|\bsurtax(?:es)?\b"
            # "a 50% duty on copper imports", "a safeguard duty on imported cells": a duty on
            # goods coming in (not "duty of care", nor a "duty-free" quota)
            r"|\b(?:safeguard|retaliatory|punitive|anti-subsidy)\s+dut(?:y|ies)\b"
            # "proposed a levy on exports of concentrate", "an export tax on bauxite": a charge on
            # goods going out
            r"|\bexport\s+(?:lev(?:y|ies)|tax(?:es)?|dut(?:y|ies))\b"
            r"|\b(?:lev(?:y|ies)|tax(?:es)?|dut(?:y|ies))\s+on\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?exports?\b"
            r"|\bduty\s+on\s+(?:imported\b|(?:[\w-]+\s+){0,3}?imports?\b)"
            # "will levy a duty on Chinese anode material": a charge levied on goods is a tariff
            r"|\blev(?:y|ies|ied|ying)\s+(?:an?\s+|the\s+|new\s+)?(?:[\w%-]+\s+){0,2}?(?:dut(?:y|ies)|tariffs?)\b",
        ),
        (
            "offtake",
            r"\boff-?takes?\b|\b(?:supply|purchase|purchasing|sales|procurement) "
            r"(?:agreements?|deals?|contracts?|pacts?)\b",
        ),
        (
            "equity",
            # (not the name "Equity Bank": a capital "Equity" before another capitalised word)
            r"\bstakes?\b|\bequity\b(?<!(?-i:Equity))|(?-i:\bEquity\b)(?!\s+(?-i:[A-Z]))"
            r"|\bshareholding\b|\bshares in\b"
            # "received £8m from Railpen in a share placement": new shares sold to the investor
            r"|\b(?:share|equity|private)\s+placements?\b|\bplacements?\s+of\s+(?:new\s+)?shares\b"
            # "led a $300m funding round", "bought into a lithium miner": shares bought
            r"|\b(?:funding|financing|investment|seed|series [a-f]) rounds?\b"
            r"|\b(?:buy|buys|buying|bought)\s+into\b"
            # "taking a C$60 million position in a separation company": a holding bought
            r"|\b(?:tak\w*|took|buil[dt]\w*|acquir\w*|buy\w*|bought)\s+(?:an?\s+|its\s+)?(?:[\w$€£¥₹.,-]+\s+){0,4}?"
            r"(?:position|holding)\s+in\b"
            rf"|\b\d+(?:\.\d+)?{PERCENT}\s+(?:interest|holding|ownership)\b"
            r"|\b(?:acquir\w*|buy\w*|bought|tak\w*|took)\s+(?:a\s+)?\d+(?:\.\d+)?"
            rf"{PERCENT}\s+of\s+(?:the\s+)?(?:company|firm|shares|miner|developer)\b"
            # "are each taking 10% of the Kathleen Valley lithium mine": a share of the mine, not
            # of what it produces ("40% of the mine's output", "20% of output from the project")
            # (the words "% of" spelled out, so the cheap gate asks for them, not for "mine")
            r"|\b(?:acquir\w*|buy\w*|bought|tak\w*|took)\s+(?:a\s+)?\d+(?:\.\d+)?"
            r"(?:% of|\s?percent of|\s?per cent of|\s?pct of)\s+(?:the\s+|its\s+|an?\s+)?"
            # (nor "30% of the lithium carbonate produced at the project": a product)
            r"(?:(?!(?:output|production|produced|from|supply|supplies|concentrates?|offtake|carbonates?"
            r"|hydroxides?|oxides?|cathodes?|sulphates?|sulfates?|spodumene)\b)[\w-]+\s+){0,5}?"
            # ("15% of a Mozambican graphite miner": a share of a company described, not named)
            r"(?:mine|project|venture|joint venture|deposit|company|firm|miner|developer|producer"
            r"|start-?up|maker|recycler|refiner|manufacturer|explorer|business|operator)\b"
            r"(?!'|\s+(?:output|production)\b)"
            # "will acquire a lithium developer for $310m": a company bought outright (not "buy
            # cobalt from a refiner", a product bought from it)
            r"|\bacquir(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?(?:(?!(?:from|of)\b)[\w-]+\s+){0,4}?"
            r"(?:company|firm|miner|developer|producer|start-?up|maker|recycler|refiner|manufacturer"
            r"|explorer|operator)s?\b(?!'|\s+(?:output|production)\b)"
            # "take 15% of Reko Diq for $540 million", "buy majority of Tanzania's Kabanga nickel
            # project": a share of a named thing, not of its output
            r"|\b(?:acquir\w*|buy\w*|bought|tak\w*|took)\s+(?:an?\s+)?(?:\d+(?:\.\d+)?"
            rf"{PERCENT}|(?:controlling\s+)?(?:majority|minority|control))\s+(?:of|in)\s+(?-i:[A-Z])[\w-]*+(?:\s+(?-i:[A-Z])[\w-]*+){{0,3}}+"
            r"(?:['\u2019]s\s+(?-i:[A-Z])[\w-]*+(?:\s+(?-i:[A-Z])[\w-]*+){0,3}+)?"
            r"(?!['\u2019]|\s+(?:output|production|concentrate|supply|oxide|offtake)\b)",
        ),
        (
            "offtake",
            r"\b(?:buy|buys|buying|bought|take|takes|taking|took|purchas\w*|secur\w*"
            r"|sourc\w*)\b[^.;]{0,40}?(?:\b\d+(?:\.\d+)?" + PERCENT + r"\s+of\b"
            # "take a third of the oxide", "buy half of the concentrate"
            r"|\b(?:a|one|two|three)\s+(?:third|quarter|fifth|half)s?\s+of\b|\bhalf\s+of\b"
            r"|\b\d[\d,.]*\s?(?:thousand\s|million\s)?(?:t|kt|mt|tonnes|tons|tpa|ktpa)\b)"
            r"|\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\b(?:\s+[\w-]+){1,5}?"
            r"\s+from\b"
            # "agreed to supply germanium to the Pentagon", "will buy the entire output"; not "a
            # refinery that will supply battery makers", which describes what is financed
            r"|\b(?:agree[sd]?\s+to|will(?<!\bthat will)(?<!\bwhich will)|to|deal to|contract to)"
            # (not "to secure supplies of", "to diversify supply": the noun)
            r"\s+(?!(?:secure|ensure|diversify|guarantee|boost|protect|safeguard|stable|steady)\s)"
            r"(?:\w+\s+)?suppl(?:y|ies)\b"
            r"(?!\s+(?:chains?|of)\b)"
            # "agreed to sell cobalt from Mutanda to Samsung SDI": the seller's side of an offtake
            r"|\b(?:agree[sd]?\s+to|will|to|deal to|contract to)\s+(?:\w+\s+)?sell\b"
            r"[^.;]{1,80}?\bto\b"
            # "signed a four-year spodumene contract with Pilbara Minerals"
            r"|\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
            r"contracts?\s+with\b"
            r"|\b(?:buy|buys|buying|bought|purchas\w*|tak(?:e|es|ing)|took)\s+(?:the\s+)?"
            # ("buy the refinery's output": the plant's, named by its possessive)
            r"(?:entire\s+|whole\s+|full\s+|all\s+(?:the\s+|of\s+the\s+)?)?(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:output|production|produced)\b"
            # "agreed to buy the recycler's recovered rare earths for ten years": a mineral bought
            # (a sum may come first: "agreed to buy €100 million of cobalt")
            r"|\bagree[sd]?\s+to\s+buy\s+(?:(?!stakes?\b|shares?\b|equity\b|interest\b|assets?\b)[\w$€£¥₹.,'\u2019-]+\s+){0,5}?"
            r"(?:rare\s+earths|lithium|nickel|cobalt|graphite|copper|manganese|gallium|germanium|tungsten"
            r"|antimony|vanadium)\b(?!\s+(?:miners?|companies|company|firms?|producers?|developers?|assets?|projects?|mines?)\b)"
            # "will buy $80 million of nickel from the mine", "purchases €40m worth of graphite": a
            # sum's worth of a mineral bought (not "$80 million of shares in a miner")
            r"|\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing))\s+(?:up\s+to\s+|about\s+|some\s+)?"
            r"[\w$€£¥₹.,-]*\d[\w$€£¥₹.,-]*\s+(?:(?:million|billion|bn|mn|m)\s+)?"
            r"(?:(?:euros?|dollars?|pounds?|yen|won)\s+)?(?:worth\s+)?of\s+(?:[\w-]+\s+){0,3}?"
            r"(?:rare\s+earths?|lithium|nickel|cobalt|graphite|copper|manganese|gallium|germanium|tungsten"
            r"|antimony|vanadium|spodumene|zinc|tin|platinum|palladium)\b"
            r"(?!\s+(?:miners?|companies|company|firms?|producers?|developers?|assets?|projects?|mines?"
            r"|shares?|stocks?|equity)\b)"
            # "agreed to buy all of the heavy rare earth concentrate", "buy €60 million of copper
            # cathode": a product bought (at a price)
            r"|\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|take|takes|taking|took)\s+"
            r"(?:[\w$€£¥₹.,-]+\s+){0,6}?(?:concentrates?|oxides?|hydroxides?|carbonates?|spodumene|matte|cathodes?"
            r"|precipitates?|sulphates?|sulfates?)\b"
            # "will source rare earth magnets from Noveon", "will take graphite anode material
            # from Nouveau Monde Graphite": a product a buyer gets from a named seller
            r"|\b(?:will|to)\s+(?:also\s+)?(?:source|take)\s+"
            r"(?!(?:over|charge|control|part|office|power|steps?|time|action|delivery|cash|money|funds?)\b)"
            r"(?:[\w-]+\s+){1,5}?from\s+(?-i:[A-Z])"
            # "agreed to take all the cobalt from the plant": a whole product stream bought
            r"|\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|take|takes|taking|took)\s+all\s+"
            r"(?:of\s+)?(?:the\s+|its\s+)?(?:[\w-]+\s+){1,3}?from\s+(?:the|its|their|a)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:plant|mine|refinery|smelter|project|operation|facility|mill)\b"
            # "nickel matte from Global Ferronickel will be bought by Young Poong": the buyer named
            # after a passive verb
            r"|\b(?:be|been|being|is|are|was|were)\s+(?:bought|purchased)\s+by\b",
        ),
        (
            "loan",
            r"\bloans?\b|\blend(?:s|ing)?\b|\blent\b|\bdebt(?: financing| facility)?\b"
            r"|\bcredit (?:facility|facilities|line)\b|\blines? of credit\b"
            # "provides NT$800 million in credit to a refinery": a sum lent, said without "loan"
            r"|\d(?:\s?(?:million|billion|bn|m))?\s+(?:in|of)\s+(?:new\s+)?credit\b"
            r"(?!\s+(?:insur|guarant|cover|agenc|rating))"
            r"|\b(?:buyer|supplier|buyer's|export) credits?\b(?!\s+(?:agenc|insur|guarant))"
            r"|\bfinancing facility\b|\bconditional commitment\b|(?<!-)\bfinancing\b"
            r"|\b(?:project|debt|trade|bridge) finance\b"
            # "extends a MXN 3 billion credit", "jointly extend COP 400 billion to a mine",
            # "is providing a A$150 million facility": money a lender puts at someone's disposal
            r"|\bextend(?:s|ed|ing)?\s+(?:an?\s+)?(?:[\w$€£¥₹.,-]+\s+){0,4}?credits?\b"
            r"|\bextend(?:s|ed|ing)?\s+(?:(?-i:[A-Z]{3})\s?|(?-i:[A-Z]{1,2})?\$|[€£¥₹])\d[\d.,]*"
            r"(?:\s?(?:million|billion|bn|m)\b)?\s+to\b"
            r"|\bprovid(?:e|es|ed|ing)\s+an?\s+(?:[\w$€£¥₹.,-]+\s+)?[\w$€£¥₹.,-]*\d[\d.,]*"
            r"(?:\s?(?:million|billion|bn|m)\b)?\s+(?:credit\s+)?facility\b"
            # "Indian Bank sanctions Rs 750 crore", "State Bank of India sanctioned ₹500 crore":
            # what a bank sanctions is a loan
            r"|(?-i:\bBank\b)(?:\s+of\s+(?-i:[A-Z])\w+)?\s+(?:has\s+)?sanction(?:s|ed)\s+(?:an?\s+)?"
            r"(?:Rs\.?\s?|₹\s?|INR\s?)\d"
            # "will jointly finance €400 million of the project", "financed the refinery": the
            # verb, not the "finance ministry" or "Export Finance Australia"
            r"|\b(?:will|to|shall|jointly|also|co-?|help|helps|helping|helped)\s+(?:jointly\s+|also\s+"
            r"|help\s+)?(?-i:finance)\b(?!\s+(?:ministers?|ministry|ministries|network|chiefs?)\b)"
            r"|(?-i:\bfinanced\b)",
        ),
        (
            "grant",
            r"\bgrant(?:s|ed|ing)?\b|\baward(?:s|ed|ing)?\b|\bsubsid(?:y|ies|ised|ized|ise|ize)\b"
            r"|\bnon-repayable\b|\bfunding\b(?!\s+(?:round|gap|shortfall)s?\b)"
            # "gives IIT Bombay 85 lakh rupees for research", "will give C$40 million to":
            # money given outright
            r"|\bg(?:ives?|ave|iving|iven)\s+(?:[\w-]+\s+){0,4}?(?:(?:[a-z]{1,3})?[$€£¥₹]|Rs\.?\s?\d|\d)"
            # "has sanctioned Rs 95 lakh to C-MET": Indian usage for funds released to a body
            r"|\bsanction(?:s|ed)\s+(?:Rs\.?\s?|₹\s?|INR\s?)\d[^.;]{0,40}?\bto\b"
            # "will be funded with £4m from the Faraday Institution", "was funded by the DOE":
            # a body pays for another's work outright
            r"|\b(?:be|been|is|are|was|were)\s+(?:partly\s+|jointly\s+)?(?:co-?)?funded\s+"
            r"(?:with\s+(?:[$€£¥₹]|[A-Z]{1,2}\$|\d)|by\s+(?:the\s+)?(?-i:[A-Z]))",
        ),
        ("equity", _INVEST),
        (
            # "will jointly fund a pilot", "co-fund", "to fund": money given for a thing.
            "grant",
            r"\b(?:will|to|shall|jointly|also|co-?|help|helps|helping|helped)\s+(?:jointly\s+|also\s+"
            r"|help\s+)?fund\b(?!\s+(?:managers?|raising)\b)|\bco-?fund(?:s|ed|ing)\b",
        ),
        (
            "other",
            # (not "..., the two pension funds said": a fund that reports the deal)
            r"\bfinanc(?:e|es|ed|ing)\b|\bfund(?:s|ed|ing)?\b(?!\s+(?:said|says|told|announced|added)\b)"
            r"|\binvest(?:s|ed|ing|ments?)?\b"
            r"|\bpledge[sd]?\b|\bcommit(?:s|ted|ments?)?\b|\bback(?:s|ed|ing)\b"
            r"|\bmobili[sz](?:e|es|ed|ing)\b"
            r"|\b(?:sign(?:ed|s)?|ink(?:ed|s)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?agreement\b"
            # "will fast-track environmental permits for new mines": a measure no other fits
            r"|\b(?:fast-?track\w*|speed(?:s|ing)? up|sped up|streamlin\w+)\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:permits?|permitting|approvals?|licen[cs]\w*)\b",
        ),
    )
)

_STATUS_PATTERNS: tuple[tuple[str, Gated], ...] = tuple(
    (name, gated(pattern, re.I))
    for name, pattern in (
        (
            "withdrawn",
            r"\bwithdr[ae]w(?:n|s)?\b|\bwithdrawing\b|\bpull(?:ed|s|ing)? out\b"
            r"|\bback(?:ed|s|ing)? out\b|\bcancel(?:l?ed|s|l?ing)\b|\bscrap(?:ped|s)\b"
            r"|\bterminat(?:ed|es)\b|\brescind(?:ed|s)\b|\brevok(?:ed|es)\b"
            r"|\bwalked away\b|\breneged\b|\blift(?:ed|s)\b"
            # "KfW has pulled its €100m loan offer", "pulled the plug on"
            r"|\bpull(?:ed|s|ing)?\s+(?:its|their|the|his|her|our|a|an)\b",
        ),
        (
            "disbursed",
            r"\bdisburs(?:ed|es|ing|ement)\b|\bpaid out\b|\bpays out\b"
            r"|\b(?:has|have) paid\b|\btransferred\b|\bdr[ae]w(?:n)? down\b"
            r"|\breleased (?:the )?(?:first |second |final )?(?:tranche|funds)\b",
        ),
        (
            "proposed",
            r"\bpropos(?:ed|es|ing|als?)\b|\bunder (?:discussion|consideration)\b"
            r"|\bconsider(?:s|ed|ing)?\b|\bweigh(?:s|ing)\b|\bmull(?:s|ing)\b"
            r"|\bexplor(?:es|ing)\b|\bin talks\b|\bnegotiat(?:es|ing|ions)\b"
            r"|\bdiscuss(?:es|ing)\b|\bdraft(?:s|ing)\b|\btabled\b|\bfloat(?:s|ed|ing)\b"
            r"|\bdraft\s+(?:[\w-]+\s+)?(?:rules?|regulations?|laws?|bills?|decrees?|legislation|measures?)\b"
            r"|\bseek(?:s|ing)\b|\b(?:aims?|hopes?|wants?|looking) to\b|\beyeing\b"
            r"|\bstudying\b|\bevaluating\b",
        ),
        (
            "conditional",
            r"\bconditional(?:ly)?\b|\bpending\b|\bsubject to\b|\bdue diligence\b"
            r"|\bcontingent (?:on|upon)\b|\bprovided that\b|\bunless\b|\bif\b"
            r"|\bdepend(?:s|ent|ing)? (?:on|upon)\b|\bhinges? on\b|\bunder (?:[\w-]+ )?review\b"
            r"|\bletters? of interest\b|\b(?-i:LOIs?)\b"
            # "still needs sign-off from the regulator", "awaiting approval from Beijing",
            # "requires clearance": a deal that a third party can still stop
            r"|\b(?:still\s+|yet\s+to\s+)?(?:needs?|needed|requires?|required|awaits?|awaiting)\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?(?:sign-?off|approvals?|clearance|consent)\b",
        ),
        (
            "binding",
            r"(?<!will )(?<!to )(?<!non-)\b(?:sign(?:ed|s)|inked|binding|definitive"
            r"|finali[sz]ed|executed|sealed|closed|final investment decision|(?-i:FID))\b"
            # "the board gave final approval to a $210m loan" (a "pending final approval" is
            # conditional, which outranks this)
            r"|\bfinal (?:approval|sign-?off)\b",
        ),
        (
            "announced",
            r"\bagree[sd]?\b|\bannounce[sd]?\b|\bwill\b|\bpledge[sd]?\b"
            r"|\bcommit(?:s|ted)\b|\bapprove[sd]?\b|\bunveil(?:s|ed)\b"
            r"|\bplans? to\b|\bintends? to\b|\bsaid it would\b",
        ),
    )
)
_STATUS_RANK = {name: rank for rank, (name, _) in enumerate(_STATUS_PATTERNS)}

COMMIT_VERB = gated(
    r"\b(?:agree[sd]?|agreeing|sign(?:s|ed|ing)?|ink(?:s|ed)|will|shall|announce[sd]?"
    r"|approve[sd]?|pledge[sd]?|commit(?:s|ted)?|launch(?:es|ed)?|impose[sd]?|introduce[sd]?"
    r"|extend(?:s|ed)?|unveil(?:s|ed)?|takes?|took|taking|taken|buys?|buying|bought|purchas(?:e[sd]?|ing)"
    r"|provide[sd]?|providing|issue[sd]?|award(?:s|ed)?|grant(?:s|ed)|lend(?:s|ing)?|lent"
    r"|back(?:s|ed|ing)|invest(?:s|ed|ing)?|financ(?:es|ed|ing)|fund(?:s|ed|ing)?"
    r"|sets? up|establish(?:es|ed)|join(?:s|ed)|restrict(?:s|ed)?|ban(?:s|ned)?|block(?:s|ed)"
    r"|order(?:s|ed)|acquir(?:e[sd]?|ing)|secure[sd]?|guarantee[sd]|offer(?:s|ed)|plans? to"
    r"|intends? to|expand(?:s|ed)|rais(?:e|es|ed)|tighten(?:s|ed|ing)|mobili[sz]e[sd]?"
    r"|allocate[sd]?|earmark(?:s|ed)|finali[sz]e[sd]|adopt(?:s|ed)|enact(?:s|ed)|is to|are to"
    r"|ha(?:s|ve) (?:also )?(?:\w+ )?(?:agreed|signed|committed|approved|pledged|sanctioned)"
    # India's "sanctioned Rs 95 lakh to C-MET": money approved; not "sanctioned Russian firms"
    # (the look-ahead after the word: "sanctions ₹2,400 crore" has no word boundary before "₹")
    r"|sanction(?:s|ed)(?=\s+(?:an?\s+)?(?:Rs\.?\s?|₹\s?|INR\s?|US\$|\$|€|£)?\d)"
    r"|put up|puts up|extending|making available|makes available|made available"
    r"|add(?:s|ed)|widen(?:s|ed)|slap(?:s|ped)|hike[sd]|increase[sd]|appl(?:y|ies|ied)"
    # "is imposing a 10% export levy", "is raising its import tariff": a measure under way (not
    # "raising $50m from investors")
    r"|(?:imposing|introducing|slapping|raising|hiking|increasing|lifting)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w%.-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|levy|levies|tax(?:es)?|royalt(?:y|ies)|quotas?)"
    # "published a draft rule to screen takeovers": a measure formally proposed
    r"|publish(?:es|ed)\s+(?:an?\s+|the\s+|its\s+)?draft"
    r"|place[sd]|sets?|suspend(?:s|ed)?|stop(?:s|ped)|limit(?:s|ed)|halt(?:s|ed)"
    # "Zimbabwe now requires export licences for lithium": a control in force
    r"|requir(?:es|ed)\s+export\s+(?:licen[cs]es|permits)"
    # "Morocco is fast-tracking permits for cobalt mines": the measure under way
    r"|fast-?track(?:s|ed|ing)(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:permits?|permitting|approvals?|licen[cs]\w*)\b)"
    # "SERV is covering CHF 35 million of exports": an export-credit agency's cover, given a sum
    r"|cover(?:s|ed|ing)?(?=\s+(?:up\s+to\s+)?(?:[A-Z]{1,3}\$?\s?|\$|€|£|¥|₹)?\d))\b",
    re.I,
)

NEGATION = gated(
    r"\b(?:(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|shall)\s*"
    # ("the buyer was not named": a party left unnamed, not a deal denied)
    r"(?:not|n't)\b(?!\s+(?:only|just|less|later|named|disclosed|identified|revealed)\b)|didn't|doesn't|don't|hasn't|haven't|"
    r"hadn't|isn't|aren't|wasn't|weren't|won't|wouldn't|can't|cannot|never|den(?:ied|ies|y"
    r"|ying)|ruled out|rules out|refus(?:ed|es)|declin(?:ed|es) to|reject(?:ed|s)|no (?:agreement"
    r"|deal|commitment|decision|loan|offtake|funding|money|financing|stake|guarantee)s?\b|not "
    r"(?:yet )?(?:committed|signed|agreed|approved|finali[sz]ed)|stopped short|fell through"
    r"|failed to|nothing (?:was |has been )?(?:agreed|signed)"
    r"|(?:reluctant|unwilling|hesitant) to|none (?:has|have) (?:yet )?(?:committed|signed|agreed)"
    r"|not (?:a |any )?new (?:commitment|pledge|deal|loan|grant|investment|announcement|money"
    r"|funding)s?|no new (?:money|funding|commitments?)"
    # "has no plans to invest in cobalt", "no intention of lending"
    r"|no (?:current |immediate |further |firm )?plans? (?:to|for)|no intention (?:of|to)"
    r"|not planning to"
    # "so far no government has said it will", "no buyer has signed up yet"
    r"|no (?:government|country|buyer|lender|bank|investor|one|member)s? (?:has|have) (?:yet )?"
    r"(?:said|committed|signed|agreed|pledged|stepped|offered))\b",
    re.I,
)
HYPOTHETICAL = gated(
    r"\b(?:might|could|would|should|possibly|potentially|hypothetically|in theory|what if"
    r"|imagine|perhaps|maybe)\b|\b(?-i:may)\b(?!\s+\d)|^\s*(?:if|should|suppose|assuming)\b"
    # "A price floor only works if the G7 buys together": a condition for a thing to work, no act
    r"|\bonly (?:works?|helps?|succeeds?|matters?|makes sense|pays off|bites) (?:if|when|once)\b",
    re.I,
)
# "Industry groups urged Canberra to set a price floor": one party asks another to act, and
# nobody commits (not "urged by Washington to diversify, Tokyo will lend", where Tokyo does).
URGED = gated(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|press(?:es|ed|ing)|lobb(?:y|ies|ied|ying))"
    r"\s+(?!by\b)(?:[\w'\u2019-]+\s+){1,4}?to\s+\w+",
    re.I,
)
# "Alpha HPA is seeking A$200m in debt", "is exploring options to finance": the subject looks
# for money, partners or a way ahead, and commits nothing yet.
LOOKS_FOR = gated(
    r"\bexplor(?:es|ing|ed)\s+(?:its\s+|all\s+|strategic\s+|financing\s+|funding\s+)*"
    r"(?:options|alternatives|opportunities|ways)\b"
    r"|\b(?:seek(?:s|ing)?|sought|look(?:s|ing)? for|hunting for|scouting for|courting)\s+"
    r"(?:(?:up to|about|around|some|another|an? (?:additional|further|new))\s+)?"
    r"(?:(?:\S*\d\S*)(?:\s+(?:million|billion|trillion|crore|lakh|mn|bn|m))?"
    r"(?:\s+(?:in|of|from))?\s+(?:new\s+|fresh\s+|additional\s+|external\s+)?"
    r"(?:debt|equity|funding|financing|finance|capital|investment|loans?|grants?"
    # "seeking A$80 million from lenders": money asked of others
    r"|lenders|investors|banks|backers|partners"
    # "is seeking A$30m for its rare earth project": money asked for a purpose
    r"|for\s+(?:its|their|the|an?)\b)"
    r"|(?:new\s+|fresh\s+|additional\s+|external\s+)?(?:funding|financing|finance|capital|investors?"
    # ("a strategic equity partner", "an offtake partner": a partner of some kind)
    r"|(?:an?\s+)?(?:(?:strategic|equity|joint-venture|jv|financing|funding|investment|offtake|cornerstone)\s+){0,2}"
    r"(?:partners?|investors?)|(?:a\s+)?buyers?|lenders?|backers?))\b",
    re.I,
)
# "Woodside scrapped plans for a refinery", "shelved its planned plant": a plan dropped before
# anything was committed (a commitment withdrawn, "pulled its $100m loan", is still a draft).
PLAN_DROPPED = gated(
    r"\b(?:scrap(?:s|ped|ping)?|shelve[sd]?|shelving|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?"
    r"|cancel(?:s|l?ed|l?ing)?|ditch(?:es|ed|ing)?)\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?:plans?\b|planned\b)"
    # "The lithium auction was scrapped", "the tender was called off": a sale or plan dropped
    r"|\b(?:plans?|proposals?|auctions?|tenders?|bidding rounds?|sales? process)\s+"
    r"(?:was|were|has been|have been|had been|is being)\s+(?:scrapped|shelved|abandoned|dropped"
    r"|cancell?ed|ditched|called off)\b"
    # "... before any money was committed": nothing was
    r"|\bbefore any (?:money|funds|capital|cash|financing)\s+(?:was|were|had been|could be)\s+"
    r"(?:committed|spent|invested|lent|paid)\b",
    re.I,
)
REPORTED_WOULD = gated(
    r"\b(?:said|says|announced|confirmed|agreed|stated|promised|pledged|indicated|told \w+)"
    # "Britain said British International Investment would invest": a name of a few words
    r"\s+(?:(?:on \w+|yesterday|today|late \w+|earlier|last week|this week|in a statement)\s+)?"
    r"(?:that\s+)?(?:it|they|he|she|the \w+"
    r"|(?-i:[A-Z])[\w.&'\u2019-]*(?:\s+(?-i:[A-Z])[\w.&'\u2019-]*){0,4}|\w+)\s+would\b",
    re.I,
)
SPECULATION = gated(
    r"\b(?:rumou?r(?:s|ed)?|reportedly|allegedly|unconfirmed|speculat\w*"
    r"|(?:is|are) said to be"
    r"|could be close to|chatter|not sure|unsure|unclear (?:whether|if)|not clear (?:whether|if)"
    r"|i doubt|doubtful|unlikely|(?:is|are|was|were|seems?|looks?) (?:not )?(?:more |less )?likely to"
    # an analyst's own reading: "My read: the EIB is more likely to guarantee than lend"
    r"|my (?:read|take|guess|bet|sense|hunch)|in my (?:view|opinion))\b",
    re.I,
)
# A report put down to unnamed people: speculation unless it states a deal as done or
# decided ("Bpifrance will take a stake ..., according to people on the deal" is a reported
# fact; "Sources say PIF is close to a $2bn investment" is not).
SOURCED = gated(
    r"\b(?:sources (?:say|said|told)|people (?:familiar|close to|briefed|with knowledge)"
    r"|according to (?:people|sources|insiders|a person|someone))\b",
    re.I,
)
# A sentence put down to a news outlet ("..., per Nikkei"): a proposal reported this way is
# speculation (a deal reported as under way, "is buying a stake ..., per the FT", is news).
OUTLET_REPORT = gated(
    r",\s*per\s+(?:the\s+)?(?-i:[A-Z])[\w&'.-]*(?:\s+(?-i:[A-Z])[\w&'.-]*){0,3}\s*[.!]?\s*$"
)
DEFINITE = gated(
    r"\b(?:will|shall|is to|are to|agreed|signed|inked|approved|committed|pledged|lent|awarded|granted"
    r"|invested|acquired|bought|took|finali[sz]ed|closed|sealed)\b(?!\s+(?:likely|probably)\b)",
    re.I,
)
# A sentence about an earlier year, with nothing that makes it today's news ("Sojitz and
# JOGMEC lent Lynas $250m in 2011, which is the template everybody cites").
OLD_YEAR = gated(r"\b(?:in|during|since|back in)\s+(?:fiscal |early |mid-|late )?((?:19|20)\d\d)\b", re.I)
NEWS = gated(
    r"\b(?:today|tonight|yesterday|this (?:week|month|year|morning|afternoon)|now|will|plans? to"
    # ("nothing new since": says there is no news)
    r"|(?<!\bnothing )(?<!\bno )new|latest|fresh|again)\b",
    re.I,
)
# A sum that prices a thing rather than commits money to it ("the capital cost has risen to
# A$1.8 billion", "valued at $2bn"); judged only when no instrument is named.
COST = gated(
    r"\b(?:capital |total |construction |project |estimated )?(?:cost|price tag|capex)s?\b"
    r"[^.;]{0,40}?\b(?:has |have |had )?(?:risen|rose|rises|climbed|jumped|fallen|fell|estimated|put)\b"
    r"|\bvalu(?:ed|ing|es) (?:it |the \w+ )?at\b|\bmarket (?:value|capitali[sz]ation)\b",
    re.I,
)
# A message recalling an old deal or an old document's figure is background, not news.
BACKGROUND = gated(
    r"^\s*(?:for\s+)?(?:background|context|history)\b[^:]{0,40}:"
    r"|\bback in (?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d\b"
    r"|\b(?:last|previous|prior) year's (?:annual |budget )?(?:report|budget|accounts|filing)s?\b",
    re.I,
)
QUESTION_START = re.compile(
    r"^\s*(?:(?:has|have|did|does|do|is|are|was|were|will|would|could|can|should)\s+\w"
    r"|(?:does|do|did) anyone|anyone know|any idea|is it true|can someone|has anyone"
    r"|i wonder|wondering (?:whether|if)|who|what|why|how|when|where|which)\b",
    re.I,
)
CHATTER = gated(
    r"\b(?:great|interesting|good|nice|useful|must-read|fascinating|fun|long) (?:article|read"
    r"|piece|thread|story|op-ed|podcast|chart|summary|overview|webinar|discussion)\b"
    # talk about a piece, not its news: "Headline says 'KfW backs lithium' but the piece is ..."
    r"|\bheadlines? (?:says?|reads?|claims?|suggests?)\b"
    r"|\bthe (?:piece|article|story|report) is (?:really |actually |mostly )?about\b",
    re.I,
)


@once_per_reading
def instrument_of(text: str) -> str | None:
    """The instrument of the first cue the text holds (in _INSTRUMENT_PATTERNS order), or None."""
    for name, pattern in _INSTRUMENT_PATTERNS:
        if pattern.search(text):
            return name
    return None


@once_per_reading
def status_of(text: str) -> str | None:
    """The strongest status cue in the text (withdrawn first, announced last), or None."""
    best = None
    for name, pattern in _STATUS_PATTERNS:
        if pattern.search(text):
            if name == "conditional" and re.match(r"\s*if\b", text, re.I):
                continue  # a leading "if" is a hypothetical, handled elsewhere
            best = name if best is None or _STATUS_RANK[name] < _STATUS_RANK[best] else best
    return best

"""Every word list the quote engine uses, as data in one place.

The rules in the other modules are general rules of English news writing; what varies
from one article to the next (which verb reports speech, which word is a title, which
first name is female) lives here so it can be extended without touching the rules.
All sets hold lower-case words unless said otherwise.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that report speech or writing, in the forms that attribute a quote. Base forms
# are left out ("add the question", "the state", "a note") except say, tell and ask.
SPEECH_VERBS = _words(
    """
    say says said saying
    tell tells told telling
    adds added adding
    continues continued continuing
    explains explained explaining
    writes wrote writing
    tweets tweeted tweeting
    posts posted
    declares declared declaring
    recalls recalled recalling
    remarks remarked
    states stated stating
    notes noted noting
    observes observed observing
    announces announced announcing
    replies replied replying
    responds responded responding
    answered
    ask asks asked asking
    argues argued arguing
    claims claimed claiming
    insists insisted insisting
    warns warned warning
    urges urged urging
    comments commented commenting
    reports reported
    describes described describing
    calls called
    acknowledges acknowledged
    admits admitted
    confirms confirmed
    predicted
    suggests suggested
    stresses stressed stressing
    emphasizes emphasized emphasises emphasised
    concluded
    concedes conceded
    boasted
    joked
    recounted
    reiterated reiterating
    repeated
    quipped
    exclaimed
    mentioned
    reacted
    talked
    speaks spoke speaking
    criticized criticised
    cautioned
    pleaded
    vowed
    promised
    demanded
    countered
    complained
    lamented
    praised
    asserted
    affirmed
    contended
    testified
    wondered
    mused
    clarified
    referred
    read reads
    shouted yelled screamed whispered cried exclaimed sighed laughed
    reveals revealed revealing discloses disclosed disclosing
    pledged
    maintained
    alleged
    hailed
    characterizes characterized characterises characterised
    calling elaborated elaborates labelled labeled branded termed thanked denounced
    condemned asserting informed justified labeling labelling describing branding
    """
)

# Speech verbs whose object is the listener, never the speaker ("told Vox").
LISTENER_VERBS = _words(
    "tell tells told telling ask asks asked asking urge urged urging informed"
)

# Speech verbs whose following noun phrase is always the listener ("told Vox").
TELL_VERBS = _words("tell tells told telling")

# Plural groups that speak in news copy but name nobody ("critics said", "officials
# said"): a quote they are given stays unattributed.
GENERIC_GROUPS = _words(
    """
    critics officials experts analysts witnesses residents sources observers scientists
    researchers people many some others supporters opponents activists protesters
    locals neighbours neighbors voters investors economists lawmakers legislators
    authorities doctors parents students teachers workers employees fans users
    """
)

# Organisation nouns that stand for the organisation named just before ("Acme Corp. …
# the company said").
GENERIC_ORG_NOUNS = _words(
    """
    company firm group club agency organisation organization airline bank carrier
    retailer chain manufacturer network broadcaster newspaper charity union team
    publication business insurer automaker carmaker startup university hospital
    """
)

# Words that open a noun phrase about an unnamed person or group ("Some of the
# protesters said", "One MP told the BBC"): such a subject names nobody.
# Nouns of quantity that make "a number of Senators" a group rather than someone.
GROUP_NOUNS = _words(
    "number group handful majority minority couple dozens hundreds thousands millions lot"
    " rest host series coalition"
)

QUANTIFIERS = _words(
    "some many most several few all both other others one two three four five no none each"
    " every any various numerous"
)

# Weekdays and months: a capitalised word, but never part of a name ("This Wednesday").
DATE_WORDS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """
)

# Verbs that only attribute when something names the words as speech ("read" for a
# document, "called"/"described" with an object); still cues, but weaker.
WEAK_SPEECH_VERBS = _words("read reads call calls called refer referred talk talked")

# Adverbs and auxiliaries that may stand between a speaker and the verb ("also said").
VERB_MODIFIERS = _words(
    """
    also later then further again once recently earlier finally clearly simply
    publicly privately previously reportedly repeatedly quickly angrily quietly
    has had have would will could may might did does do is was were be been
    just already still even only first last
    """
)

# Words after which a name is a listener or a place, not a speaker.
NON_SUBJECT_PREPOSITIONS = _words(
    """
    to with of at in on for from by about into onto toward towards against than
    told tell telling asked asking over under between among during via per the
    """
)

# Pronouns that can stand for a speaker, by the gender they imply.
PRONOUN_GENDER = {
    "he": "m",
    "she": "f",
    "they": "p",
    "it": "o",
    "we": "p",
}

# Titles and ranks that may stand before a name; multi-word titles are matched as a
# sequence of these words. Kept without the trailing full stop.
TITLES = _words(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady
    president vice prime minister secretary chancellor senator sen rep representative
    congressman congresswoman governor gov mayor judge justice ambassador commissioner
    king queen prince princess crown sheikh emir sultan pope cardinal archbishop bishop
    father rev reverend rabbi imam pastor sister brother
    general gen lt lieutenant col colonel maj major capt captain cmdr commander
    adm admiral rear sgt sergeant spc cpl corporal pvt private staff master chief senior
    first class airman cadet officer petty ensign marshal brig brigadier detective
    inspector superintendent constable sheriff deputy director chairman chairwoman
    chair ceo coach agent commandant administrator whip leader speaker
    secretary-general director-general attorney-general solicitor-general
    governor-general inspector-general surgeon-general under-secretary
    """
)

# Titles that tell the gender of the person they name.
MALE_TITLES = _words("mr sir lord king prince sheikh emir sultan pope father brother cardinal")
FEMALE_TITLES = _words("mrs ms miss dame lady queen princess sister")

# Abbreviations whose full stop does not end a sentence (compared without the stop).
ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof st sr jr lt col gen maj capt cmdr adm sgt spc cpl pvt brig gov sen
    rep rev hon inc corp co ltd no vs etc jan feb mar apr aug sept sep oct nov dec
    u.s u.k u.n e.u a.m p.m ala ariz ark calif colo conn del fla ga ill ind kan ky la md
    mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ft mt
    inf div bde bn sqn regt dept univ assn govt cpt sfc
    """
)

# Lower-case nouns that name a role; a capitalised word before one modifies the role
# ("UCL astronomer Angelos Tsiaras") rather than naming the speaker.
ROLE_NOUNS = _words(
    """
    president director editor official astronomer chairperson chairman chairwoman chair
    commissioner spokesperson spokesman spokeswoman minister secretary chancellor
    executive chief head leader founder member professor researcher scientist expert
    analyst economist author writer reporter journalist correspondent columnist
    commander officer sergeant soldier captain general governor mayor senator lawmaker
    ambassador envoy adviser advisor aide manager engineer strategist instructor
    specialist coordinator administrator representative lawyer attorney judge prosecutor
    doctor physician nurse witness eyewitness resident student teacher principal coach
    player singer drummer artist actor musician protester activist campaigner candidate
    owner partner president-elect premier rapporteur fellow assistant deputy vice
    investigator detective inspector officer worker employee farmer victim
    survivor mother father wife husband son daughter sister brother friend neighbour
    neighbor fiancée fiancee fiance widow
    actress comedian producer filmmaker photographer novelist poet playwright
    composer guitarist pianist singer-songwriter vocalist rapper dancer host presenter
    anchor commentator critic historian biologist physicist chemist geologist ecologist
    epidemiologist psychologist sociologist archaeologist meteorologist climatologist
    surgeon dentist pharmacist paramedic firefighter technician mechanic pilot astronaut
    sailor marine veteran chaplain priest scholar lecturer dean curator architect
    designer developer entrepreneur investor banker consultant contractor volunteer
    organiser organizer athlete runner champion councillor councilor legislator
    diplomat negotiator delegate regulator ranger warden guard trooper suspect
    defendant plaintiff juror magistrate barrister solicitor counsel clerk treasurer
    trustee chef cosplayer fan attendee visitor tourist passenger driver patient parent
    colleague teammate source archbishop bishop cardinal rabbi imam pastor cleric monk
    """
)

# Words that open a phrase that only sets the scene before a quote ("During the
# premiere, “…”"), so the speaker of the quote before it goes on speaking.
SCENE_OPENERS = _words("after before during in at on later earlier then afterwards since when")

# Parenthetical asides after a name that are not the person's role ("Sadiq Khan (no
# relation)", "Jane Doe (pictured)").
ASIDES = frozenset(
    (
        "no relation",
        "pictured",
        "left",
        "right",
        "centre",
        "center",
        "above",
        "below",
        "inset",
        "far left",
        "far right",
        "file photo",
    )
)

# Head nouns of a phrase that names an organisation rather than a person.
ORG_NOUNS = _words(
    """
    army military navy police government ministry department office agency company
    firm embassy council committee commission court party union association
    organisation organization institute institution university college school
    foundation fund bank group forces force service services board authority
    administration corporation network newspaper channel broadcaster account team
    club league federation alliance coalition campaign center centre society
    """
)

# Capitalised words that end or make up the name of an organisation.
ORG_WORDS = frozenset(w.capitalize() for w in ORG_NOUNS) | _words(
    """
    Inc Corp Ltd LLC Co Herald Times Post News Press Journal Guardian Reuters Nations
    International Forces Ministry Office Department Agency Fund Bank Institute
    University Council Commission Committee Association Union Party Army Navy Police
    Service Services Organisation Organization Foundation Society Center Centre Group
    Airlines Airways Media Network Corporation Company Embassy Court Assembly Parliament
    Congress Senate Abuse Command Division Squadron Brigade Battalion Wing Regiment
    Fleet Academy College School Observer Telegraph Tribune Gazette Monitor Daily
    Weekly Magazine Review Tweet Twitter Facebook Instagram Administration Board Register
    Chronicle Examiner Inquirer Enquirer Dispatch Bulletin Courier Sentinel Statesman Mirror
    Express Globe Standard Independent Program Programme Project Initiative Institution
    House Chamber Cabinet Secretariat Directorate Bureau Authority Tribunal
    """
)

# Documents and messages whose author is the speaker ("a tweet from the German
# embassy", "a statement released by Erdogan's office", "the decree signed by the Pope").
MESSAGE_NOUNS = _words(
    """
    tweet tweets statement statements decree letter post message release report
    email e-mail note memo announcement speech interview video comments remarks
    """
)

# Channels through which their owner speaks ("the WHO's website said").
CHANNEL_NOUNS = _words(
    "website site blog page account feed channel newsletter spokesperson spokesman spokeswoman"
)

# Possessed nouns that mark the possessor as the speaker ("his comments that ...").
SPEECH_NOUNS = _words(
    """
    comment comments remark remarks words statement assertion claim claims warning
    promise pledge message speech tweet post letter call plea view description
    admission
    """
)

# Capitalised words that start sentences but never name anyone.
FUNCTION_WORDS = _words(
    """
    the a an another this that these those there here it its it's in on at for but
    and or nor so yet if when while after before since until as because although
    though however meanwhile also still even then now today yesterday tomorrow some
    many most more few all both each every other such no not one two three four five
    his her their our my your we i you he she they what who whom which where why how
    according during despite throughout amid among perhaps indeed instead besides
    furthermore moreover nevertheless thus therefore earlier later last next first
    finally overall currently recently again once with without from by of to into
    back around about over under up down out off than via per speaking asked
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december
    """
)

# A small set of common first names by gender, to check "he"/"she" against a name.
MALE_FIRST_NAMES = _words(
    """
    aaron abdel adam ahmed alan albert alexander ali andrew angelos anthony
    antonio ashton ben benjamin bernie bill bob boris brad bradley brandon brett brian
    bruce carl carlos charles christopher clayton dan daniel darren dave david
    dell dennis derek dmitry dominic don donald doug douglas eddy edward emmanuel
    emmerson eric frank fred gary george gerald ginger greg gregory harry henry ian
    isaac jack jacob jake jamal james jason jay jeff jeffrey jerry jim jimmy joe joel
    john johnny jonathan jorge jose joseph josh joshua juan justin keith ken kenneth
    kevin kino kofi larry leon lloyd luis marc marco mark martin matt matthew
    michael mick mike mohammad mohammed muhammad muhammadu nicholas nick okey olaf oliver
    patrice patrick paul pedro peter philip pierre pradeep ralph raymond recep regan
    ric richard rick robert roger ron ronald russell ryan samuel scott sean sergei
    sheldon stephen steve steven theodore thomas tim timothy todd tom tony troy tyler
    vincent vinnie vladimir walter wayne william xi yuri zachary
    """
)
FEMALE_FIRST_NAMES = _words(
    """
    agnès agnes alice amanda amy ane angela angelina ann anna anne barbara betty carrie
    catherine cathy charlotte christine cynthia diana donna dorothy elizabeth emily emma
    grace hannah hatice helen hillary jane janet jennifer jessica joan julia julie karen
    kate katherine kathy katya laura linda lisa margaret maria marie mary megan melissa
    michele michelle nancy nettie nicole nikki olivia pamela patricia rachel rebecca
    regina ruth sandra sarah sharon sophie stephanie susan theresa ursula vanessa
    victoria virginia
    """
)

# Particles that may sit inside a name ("Mohammad bin Salman", "Ursula von der Leyen").
NAME_PARTICLES = _words(
    "bin bint ibn al el van von der den de del della da di du la le dos das ter"
)

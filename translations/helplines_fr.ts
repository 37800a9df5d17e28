<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CheckCommand</name>
    <message>
        <source>helplines-cli check: give the file to check, for example “helplines-cli check directory.json”.</source>
        <translation>helplines-cli check&#xa0;: indiquez le fichier à vérifier, par exemple «&#xa0;helplines-cli check annuaire.json&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problem found (%n service(s)).</source>
        <translation>
            <numerusform>%1&#xa0;: aucun problème (%n service).</numerusform>
            <numerusform>%1&#xa0;: aucun problème (%n services).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <extracomment>Summary of a check: the file, then &quot;2 errors&quot; and &quot;1 warning&quot; (translated separately)</extracomment>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a provisioning file, a directory file or a policies file and explain every problem found.</source>
        <translation>Vérifier un fichier de provisionnement, un fichier d’annuaire ou un fichier de stratégies et expliquer chaque problème trouvé.</translation>
    </message>
    <message>
        <source>The file to check.</source>
        <translation>Le fichier à vérifier.</translation>
    </message>
    <message>
        <source>What the file is: provisioning (an organisation&apos;s directory file, laid over the bundled directory or --directory&apos;s; the default for directory files), directory (a complete directory, such as the bundled one) or policies (the default for a file named policies.json or holding settings).</source>
        <translation>Nature du fichier&#xa0;: provisioning (le fichier d’annuaire d’une organisation, appliqué par-dessus l’annuaire fourni ou celui de --directory&#x202f;; par défaut pour les fichiers d’annuaire), directory (un annuaire complet, comme celui fourni) ou policies (par défaut pour un fichier nommé policies.json ou contenant des réglages).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>helplines-cli check: unknown type “%1”: use directory, provisioning or policies.</source>
        <translation>helplines-cli check&#xa0;: type inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez directory, provisioning ou policies.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no problem found (%n setting(s)).</source>
        <translation>
            <numerusform>%1&#xa0;: aucun problème trouvé (%n réglage).</numerusform>
            <numerusform>%1&#xa0;: aucun problème trouvé (%n réglages).</numerusform>
        </translation>
    </message>
    <message>
        <source>helplines-cli check: the directory %1 that the file changes cannot be read; check it with --type directory.</source>
        <translation>helplines-cli check&#xa0;: l’annuaire %1 que le fichier modifie ne peut pas être lu&#x202f;; vérifiez-le avec --type directory.</translation>
    </message>
    <message>
        <source>As a provisioning file, it changes %1, adds %2 and hides %3 of the directory.</source>
        <extracomment>What a provisioning file does: &quot;it changes 1 service, adds 2 services and hides 1 service&quot; (each number translated separately)</extracomment>
        <translation>En tant que fichier de provisionnement, il modifie %1, ajoute %2 et masque %3 de l’annuaire.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearDataCommand</name>
    <message>
        <source>Erase your favourites, the services you added and your settings</source>
        <translation>Effacer vos favoris, les services que vous avez ajoutés et vos réglages</translation>
    </message>
    <message>
        <source>Erase without asking (required when the input is not a terminal).</source>
        <translation>Effacer sans demander (obligatoire quand l’entrée n’est pas un terminal).</translation>
    </message>
    <message>
        <source>This erases your favourites, the services you added and your settings (language, filters, window), with their backups, in %1. The directory of services and your organisation&apos;s settings are kept.</source>
        <translation>Cette commande efface vos favoris, les services que vous avez ajoutés et vos réglages (langue, filtres, fenêtre), ainsi que leurs sauvegardes, dans %1. L’annuaire des services et les réglages de votre organisation sont conservés.</translation>
    </message>
    <message>
        <source>helplines-cli clear-data: nothing was erased. %1 Run it again with --yes to confirm.</source>
        <translation>helplines-cli clear-data&#xa0;: rien n’a été effacé. %1 Relancez la commande avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Erase them? Type “yes” to confirm: </source>
        <translation>Les effacer&#x202f;? Tapez «&#xa0;oui&#xa0;» pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>Rien n’a été effacé.</translation>
    </message>
    <message>
        <source>helplines-cli clear-data: %1 (%2)</source>
        <translation>helplines-cli clear-data&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>helplines-cli clear-data: these files could not be removed: %1</source>
        <translation>helplines-cli clear-data&#xa0;: ces fichiers n’ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your favourites, the services you added and your settings were erased.</source>
        <translation>Vos favoris, les services que vous avez ajoutés et vos réglages ont été effacés.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>helplines-cli %1: %2</source>
        <translation>helplines-cli %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Try “helplines-cli %1 --help”.</source>
        <translation>Essayez «&#xa0;helplines-cli %1 --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L’option --%1 demande une valeur.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use --lang fr or --lang en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez --lang fr ou --lang en.</translation>
    </message>
    <message>
        <source>Language of the output: fr or en (default: the system&apos;s).</source>
        <translation>Langue de la sortie&#xa0;: fr ou en (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or the platform&apos;s data folder).</source>
        <translation>Dossier des données de l’utilisateur (par défaut&#xa0;: HELPLINES_DATA_DIR, ou le dossier de données du système).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>A directory file to use instead of the bundled directory.</source>
        <translation>Un fichier d’annuaire à utiliser à la place de l’annuaire intégré.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>ContactPresentation</name>
    <message>
        <source>Copy %1</source>
        <extracomment>Button and accessible name: copy one number or address, e.g. &quot;Copy 3114&quot;</extracomment>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <source>Send a text message to %1</source>
        <translation>Envoyer un SMS au %1</translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation>Ouvrir le tchat</translation>
    </message>
    <message>
        <source>Open the video call</source>
        <translation>Ouvrir la visio</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>%1 copied</source>
        <extracomment>Status bar and screen reader, after a number or address was copied</extracomment>
        <translation>%1 copié</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a text {&quot;fr&quot;: …, &quot;en&quot;: …}</source>
        <translation>un texte {&quot;fr&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>une date &quot;AAAA-MM-JJ&quot;</translation>
    </message>
    <message>
        <source>The document must be %1, not %2.</source>
        <translation>Le document doit être %1, et non %2.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” must be %2, not %3.</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2, et non %3.</translation>
    </message>
    <message>
        <source>The required field “%1” is missing.</source>
        <translation>Le champ obligatoire «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>Unknown field “%1”; it is ignored.</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;»&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>This file is in format %1, which this version of Helplines cannot read.</source>
        <translation>Ce fichier est au format %1, que cette version de Helplines ne sait pas lire.</translation>
    </message>
    <message>
        <source>“%1” is not a valid identifier.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide.</translation>
    </message>
    <message>
        <source>The identifier “%1” is already used on line %2.</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» est déjà utilisé à la ligne %2.</translation>
    </message>
    <message>
        <source>“%1” lists “%2” more than once.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;» plusieurs fois.</translation>
    </message>
    <message>
        <source>The French text of “%1” is missing.</source>
        <translation>Le texte français de «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>The English translation of “%1” is missing.</source>
        <translation>La traduction anglaise de «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>“%1” must be a text in French and English, not a plain string.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte en français et en anglais, et non une simple chaîne.</translation>
    </message>
    <message>
        <source>“%1” has neither a French nor an English text.</source>
        <translation>«&#xa0;%1&#xa0;» n’a ni texte français ni texte anglais.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value of “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valide de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a premium-rate number: calls cost more than a normal call.</source>
        <translation>«&#xa0;%1&#xa0;» est un numéro surtaxé&#xa0;: l’appel coûte plus cher qu’un appel normal.</translation>
    </message>
    <message>
        <source>“%1” is not a French number (region %2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro français (région %2).</translation>
    </message>
    <message>
        <source>The emergency number “%1” is not a short number.</source>
        <translation>Le numéro d’urgence «&#xa0;%1&#xa0;» n’est pas un numéro court.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The address “%1” starts with “%2:”; only https and http addresses are allowed here.</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» commence par «&#xa0;%2:&#xa0;»&#x202f;; seules les adresses https et http sont acceptées ici.</translation>
    </message>
    <message>
        <source>The address “%1” is not secure (http).</source>
        <translation>L’adresse «&#xa0;%1&#xa0;» n’est pas sécurisée (http).</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>The hours are read in the time zone “%1”, but the public holidays are those of “%2”, whose time zone is “%3”.</source>
        <translation>Les horaires sont lus dans le fuseau «&#xa0;%1&#xa0;», mais les jours fériés sont ceux de «&#xa0;%2&#xa0;», dont le fuseau est «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a supported public-holiday region.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une région de jours fériés prise en charge.</translation>
    </message>
    <message>
        <source>“%1” is not a valid date.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The date “%1” is in the future.</source>
        <translation>La date «&#xa0;%1&#xa0;» est dans le futur.</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3, not %4.</source>
        <translation>«&#xa0;%1&#xa0;» doit être compris entre %2 et %3, et non %4.</translation>
    </message>
    <message>
        <source>A regional service needs a “region”.</source>
        <translation>Un service régional doit avoir une «&#xa0;region&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-2 region code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de région ISO 3166-2.</translation>
    </message>
    <message>
        <source>“region” is ignored for a service whose scope is “%1”.</source>
        <translation>«&#xa0;region&#xa0;» est ignoré pour un service dont la portée est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a language code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue.</translation>
    </message>
    <message>
        <source>The opening hours are not valid: %1</source>
        <translation>Les horaires ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service “%1” is hidden by “hide” but defined in this same file.</source>
        <translation>Le service «&#xa0;%1&#xa0;» est masqué par «&#xa0;hide&#xa0;» mais défini dans ce même fichier.</translation>
    </message>
    <message>
        <source>“verified” is missing: nothing says when the facts were last checked.</source>
        <translation>«&#xa0;verified&#xa0;» manque&#xa0;: rien n’indique quand les informations ont été vérifiées pour la dernière fois.</translation>
    </message>
    <message>
        <source>“source” is missing: nothing says where the facts were checked.</source>
        <translation>«&#xa0;source&#xa0;» manque&#xa0;: rien n’indique où les informations ont été vérifiées.</translation>
    </message>
    <message>
        <source>A record without “source” or “verified” needs a “status_note” saying where its facts come from.</source>
        <translation>Une fiche sans «&#xa0;source&#xa0;» ou «&#xa0;verified&#xa0;» doit avoir une «&#xa0;status_note&#xa0;» qui dit d’où viennent ses informations.</translation>
    </message>
    <message>
        <source>Write it as {&quot;fr&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>Écrivez-le sous la forme {&quot;fr&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Remove the double quotes around the value.</source>
        <translation>Retirez les guillemets autour de la valeur.</translation>
    </message>
    <message>
        <source>Add it, for example: %1</source>
        <translation>Ajoutez-le, par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>The fields allowed here are: %1.</source>
        <translation>Les champs acceptés ici sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Update Helplines, or ask the publisher of the file for format 1.</source>
        <translation>Mettez Helplines à jour, ou demandez à l’éditeur du fichier le format 1.</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 64 characters, such as “%1”.</source>
        <translation>Utilisez seulement des minuscules, des chiffres et «&#xa0;-&#xa0;», en commençant et en finissant par une lettre ou un chiffre, 64 caractères au plus, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and “-”, starting and ending with a letter or digit, at most 64 characters.</source>
        <translation>Utilisez seulement des minuscules, des chiffres et «&#xa0;-&#xa0;», en commençant et en finissant par une lettre ou un chiffre, 64 caractères au plus.</translation>
    </message>
    <message>
        <source>Each identifier must be unique in a file: rename one of them or remove the repetition.</source>
        <translation>Chaque identifiant doit être unique dans un fichier&#xa0;: renommez l’un d’eux ou supprimez la répétition.</translation>
    </message>
    <message>
        <source>Remove the repetition.</source>
        <translation>Supprimez la répétition.</translation>
    </message>
    <message>
        <source>Add &quot;fr&quot;: &quot;…&quot;; until then the English text is shown in French.</source>
        <translation>Ajoutez &quot;fr&quot;: &quot;…&quot;&#x202f;; d’ici là, le texte anglais est affiché en français.</translation>
    </message>
    <message>
        <source>Add &quot;en&quot;: &quot;…&quot;; until then the French text is shown in English.</source>
        <translation>Ajoutez &quot;en&quot;: &quot;…&quot;&#x202f;; d’ici là, le texte français est affiché en anglais.</translation>
    </message>
    <message>
        <source>Write it as {&quot;fr&quot;: &quot;%1&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>Écrivez-le sous la forme {&quot;fr&quot;: &quot;%1&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? The allowed values are: %2.</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#x202f;? Les valeurs acceptées sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The allowed values are: %1.</source>
        <translation>Les valeurs acceptées sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>People in distress may not be able to pay: give a free number too if the service has one, and state the cost in “cost” and “cost_note”.</source>
        <translation>Une personne en détresse peut ne pas pouvoir payer&#xa0;: donnez aussi un numéro gratuit si le service en a un, et indiquez le coût dans «&#xa0;cost&#xa0;» et «&#xa0;cost_note&#xa0;».</translation>
    </message>
    <message>
        <source>Callers in France dial it as an international call; say so in the contact&apos;s label or note.</source>
        <translation>Depuis la France, c’est un appel international&#x202f;; indiquez-le dans le libellé ou la note du contact.</translation>
    </message>
    <message>
        <source>The numbers of the emergency banner are short numbers such as 15, 112 or 114.</source>
        <translation>Les numéros du bandeau d’urgence sont des numéros courts comme le 15, le 112 ou le 114.</translation>
    </message>
    <message>
        <source>Write a full address starting with https://, such as https://www.example.fr/page.</source>
        <translation>Écrivez une adresse complète commençant par https://, par exemple https://www.example.fr/page.</translation>
    </message>
    <message>
        <source>Use https:// if the site offers it.</source>
        <translation>Utilisez https:// si le site le permet.</translation>
    </message>
    <message>
        <source>Write the address alone, such as contact@example.fr, without “mailto:”.</source>
        <translation>Écrivez l’adresse seule, par exemple contact@example.fr, sans «&#xa0;mailto:&#xa0;».</translation>
    </message>
    <message>
        <source>Use an IANA time zone such as Europe/Paris, America/Martinique or Indian/Reunion.</source>
        <translation>Utilisez un fuseau horaire IANA comme Europe/Paris, America/Martinique ou Indian/Reunion.</translation>
    </message>
    <message>
        <source>If the service is located there, add &quot;timezone&quot;: &quot;%1&quot;.</source>
        <translation>Si le service se trouve là-bas, ajoutez &quot;timezone&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Utilisez l’une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write a real date as YYYY-MM-DD, such as 2026-11-23.</source>
        <translation>Écrivez une date réelle sous la forme AAAA-MM-JJ, par exemple 2026-11-23.</translation>
    </message>
    <message>
        <source>Write the date on which the facts were checked: %1 at the latest.</source>
        <translation>Écrivez la date à laquelle les informations ont été vérifiées&#xa0;: au plus tard le %1.</translation>
    </message>
    <message>
        <source>Latitude (lat) goes from -90 to 90 and longitude (lon) from -180 to 180; check that they are not swapped: Paris is at lat 48.8566, lon 2.3522.</source>
        <translation>La latitude (lat) va de -90 à 90 et la longitude (lon) de -180 à 180&#x202f;; vérifiez qu’elles ne sont pas inversées&#xa0;: Paris est à lat 48.8566, lon 2.3522.</translation>
    </message>
    <message>
        <source>Add an ISO 3166-2 code, such as &quot;region&quot;: &quot;FR-OCC&quot;, or change the scope.</source>
        <translation>Ajoutez un code ISO 3166-2, par exemple &quot;region&quot;: &quot;FR-OCC&quot;, ou changez la portée.</translation>
    </message>
    <message>
        <source>Codes look like FR-OCC (Occitanie) or FR-974 (La Réunion).</source>
        <translation>Les codes ressemblent à FR-OCC (Occitanie) ou FR-974 (La Réunion).</translation>
    </message>
    <message>
        <source>Remove “region”, or set &quot;scope&quot;: &quot;regional&quot;.</source>
        <translation>Retirez «&#xa0;region&#xa0;», ou indiquez &quot;scope&quot;: &quot;regional&quot;.</translation>
    </message>
    <message>
        <source>Use BCP 47 codes such as fr, en, fr-FR or fsl (French Sign Language).</source>
        <translation>Utilisez des codes BCP 47 comme fr, en, fr-FR ou fsl (langue des signes française).</translation>
    </message>
    <message>
        <source>Remove the identifier from “hide”, or remove the service.</source>
        <translation>Retirez l’identifiant de «&#xa0;hide&#xa0;», ou supprimez le service.</translation>
    </message>
    <message>
        <source>Add it when a public source or date exists; otherwise say in “status_note” where the facts come from.</source>
        <translation>Ajoutez-le quand une source publique ou une date existe&#x202f;; sinon, indiquez dans «&#xa0;status_note&#xa0;» d’où viennent les informations.</translation>
    </message>
    <message>
        <source>Add, for example: &quot;status_note&quot;: {&quot;fr&quot;: &quot;Document fondateur de 2020, non public.&quot;, &quot;en&quot;: &quot;Founding document of 2020, not public.&quot;}</source>
        <translation>Ajoutez par exemple&#xa0;: &quot;status_note&quot;: {&quot;fr&quot;: &quot;Document fondateur de 2020, non public.&quot;, &quot;en&quot;: &quot;Founding document of 2020, not public.&quot;}</translation>
    </message>
    <message>
        <source>a list of categories</source>
        <translation>une liste de catégories</translation>
    </message>
    <message>
        <source>No service of the directory that this file changes has the identifier “%1”: hiding it changes nothing.</source>
        <translation>Aucun service de l’annuaire modifié par ce fichier n’a l’identifiant «&#xa0;%1&#xa0;»&#xa0;: le masquer ne change rien.</translation>
    </message>
    <message>
        <source>“%1” must be an absolute path, not “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un chemin absolu, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be a setting with a value and a lock, not a plain value.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un réglage avec une valeur et un verrou, pas une simple valeur.</translation>
    </message>
    <message>
        <source>Did you mean “%1”? “helplines-cli list” shows the identifiers of the services.</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#x202f;? «&#xa0;helplines-cli list&#xa0;» affiche les identifiants des services.</translation>
    </message>
    <message>
        <source>“helplines-cli list” shows the identifiers of the services.</source>
        <translation>«&#xa0;helplines-cli list&#xa0;» affiche les identifiants des services.</translation>
    </message>
    <message>
        <source>Write the full path, such as /etc/helplines/directory.json or C:\ProgramData\Helplines\directory.json.</source>
        <translation>Écrivez le chemin complet, par exemple /etc/helplines/directory.json ou C:\ProgramData\Helplines\directory.json.</translation>
    </message>
    <message>
        <source>Write it as {&quot;value&quot;: %1, &quot;locked&quot;: true} to lock it, or with &quot;locked&quot;: false to make it a default that the user can change.</source>
        <translation>Écrivez-le sous la forme {&quot;value&quot;: %1, &quot;locked&quot;: true} pour le verrouiller, ou avec &quot;locked&quot;: false pour en faire une valeur par défaut que l’utilisateur peut changer.</translation>
    </message>
    <message>
        <source>The file must hold one JSON object, in braces: { … }.</source>
        <translation>Le fichier doit contenir un seul objet JSON, entre accolades&#xa0;: { … }.</translation>
    </message>
    <message>
        <source>Write an object in braces: {&quot;key&quot;: value, …}.</source>
        <translation>Écrivez un objet entre accolades&#xa0;: {&quot;clé&quot;: valeur, …}.</translation>
    </message>
    <message>
        <source>Write a list in square brackets: [ … ], even for a single item.</source>
        <translation>Écrivez une liste entre crochets&#xa0;: [ … ], même pour un seul élément.</translation>
    </message>
    <message>
        <source>Write the value in double quotes: &quot;…&quot;.</source>
        <translation>Écrivez la valeur entre guillemets droits&#xa0;: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write a whole number without quotes, such as 1.</source>
        <translation>Écrivez un nombre entier sans guillemets, par exemple 1.</translation>
    </message>
    <message>
        <source>Write a number without quotes, with a dot for decimals: 48.85.</source>
        <translation>Écrivez un nombre sans guillemets, avec un point pour les décimales&#xa0;: 48.85.</translation>
    </message>
    <message>
        <source>Write true or false, without quotes.</source>
        <translation>Écrivez true ou false, sans guillemets.</translation>
    </message>
    <message>
        <source>Write the date in double quotes as &quot;YYYY-MM-DD&quot;: &quot;2026-01-15&quot;.</source>
        <translation>Écrivez la date entre guillemets droits sous la forme &quot;AAAA-MM-JJ&quot;&#xa0;: &quot;2026-01-15&quot;.</translation>
    </message>
</context>
<context>
    <name>DirectorySession</name>
    <message>
        <source>helplines-cli: the directory could not be read: %1</source>
        <translation>helplines-cli&#xa0;: l’annuaire n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>helplines-cli: warning: %1 (%2)</source>
        <translation>helplines-cli&#xa0;: avertissement&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>helplines-cli: warning: the directory file has %n error(s); the services concerned are left out. “helplines-cli check %1” explains them.</source>
        <translation>
            <numerusform>helplines-cli&#xa0;: avertissement&#xa0;: le fichier d’annuaire a %n erreur&#x202f;; le service concerné est laissé de côté. «&#xa0;helplines-cli check %1&#xa0;» l’explique.</numerusform>
            <numerusform>helplines-cli&#xa0;: avertissement&#xa0;: le fichier d’annuaire a %n erreurs&#x202f;; les services concernés sont laissés de côté. «&#xa0;helplines-cli check %1&#xa0;» les explique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>helplines-cli: warning: the bundled directory has %n error(s); the services concerned are left out. This is a defect of Helplines: please report it.</source>
        <translation>
            <numerusform>helplines-cli&#xa0;: avertissement&#xa0;: l’annuaire intégré a %n erreur&#x202f;; le service concerné est laissé de côté. C’est un défaut de Helplines&#xa0;: merci de le signaler.</numerusform>
            <numerusform>helplines-cli&#xa0;: avertissement&#xa0;: l’annuaire intégré a %n erreurs&#x202f;; les services concernés sont laissés de côté. C’est un défaut de Helplines&#xa0;: merci de le signaler.</numerusform>
        </translation>
    </message>
    <message>
        <source>helplines-cli: warning: the service “%1” that you added cannot be read and is left out; it is kept in %2.</source>
        <translation>helplines-cli&#xa0;: avertissement&#xa0;: le service «&#xa0;%1&#xa0;» que vous avez ajouté ne peut pas être lu et est laissé de côté&#x202f;; il est conservé dans %2.</translation>
    </message>
    <message>
        <source>helplines-cli: warning: %1</source>
        <translation>helplines-cli&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helplines::EmergencyBanner</name>
    <message>
        <source>Emergency:</source>
        <translation>Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Emergency numbers</source>
        <translation>Numéros d’urgence</translation>
    </message>
    <message>
        <source>%1 %2 (SMS)</source>
        <translation>%1 %2 (SMS)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Copy %1, %2</source>
        <extracomment>Accessible name of an emergency banner button: what a click does, and for what</extracomment>
        <translation>Copier %1, %2</translation>
    </message>
    <message>
        <source>%1. Click to copy the number.</source>
        <translation>%1. Cliquez pour copier le numéro.</translation>
    </message>
</context>
<context>
    <name>Helplines::MainWindow</name>
    <message>
        <source>Your favourite could not be saved: %1</source>
        <translation>Votre favori n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>Aucun service ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found.</source>
        <translation>
            <numerusform>%n service trouvé.</numerusform>
            <numerusform>%n services trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Find a Service</source>
        <translation>&amp;Rechercher un service</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Copy the selected service&apos;s number</source>
        <translation>Copier le numéro du service sélectionné</translation>
    </message>
    <message>
        <source>Add to or Remove from &amp;Favourites</source>
        <translation>Ajouter aux ou retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Zone suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Zone &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Helplines</source>
        <translation>À &amp;propos de Lignes d’écoute</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Name, subject or number (Ctrl+F)</source>
        <translation>Nom, sujet ou numéro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Type a name, a subject or a number; the list below shows the services that match.</source>
        <translation>Tapez un nom, un sujet ou un numéro&#x202f;; la liste en dessous montre les services qui correspondent.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Show only the services of one category</source>
        <translation>N’afficher que les services d’une catégorie</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Press Enter to see a service&apos;s details, Ctrl+C to copy its number.</source>
        <translation>Appuyez sur Entrée pour voir le détail d’un service, sur Ctrl+C pour copier son numéro.</translation>
    </message>
    <message>
        <source>Service details</source>
        <translation>Détail du service</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Select a service first, then copy its number.</source>
        <translation>Sélectionnez d’abord un service, puis copiez son numéro.</translation>
    </message>
    <message>
        <source>%1 has no phone number to copy.</source>
        <translation>%1 n’a pas de numéro de téléphone à copier.</translation>
    </message>
    <message>
        <source>No program on this computer can make calls. The number %1 was copied instead.</source>
        <translation>Aucun programme de cet ordinateur ne peut passer d’appel. Le numéro %1 a été copié à la place.</translation>
    </message>
    <message>
        <source>This could not be opened: %1</source>
        <translation>Impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a service first.</source>
        <translation>Sélectionnez d’abord un service.</translation>
    </message>
    <message>
        <source>%1 added to favourites.</source>
        <translation>%1 ajouté aux favoris.</translation>
    </message>
    <message>
        <source>%1 removed from favourites.</source>
        <translation>%1 retiré des favoris.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>From the search field, go to the list of services</source>
        <translation>Depuis le champ de recherche, aller à la liste des services</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the list, go to the selected service&apos;s details</source>
        <translation>Dans la liste, aller au détail du service sélectionné</translation>
    </message>
    <message>
        <source>In the list, copy the selected service&apos;s number</source>
        <translation>Dans la liste, copier le numéro du service sélectionné</translation>
    </message>
    <message>
        <source>Add the selected service to favourites, or remove it</source>
        <translation>Ajouter le service sélectionné aux favoris, ou l’en retirer</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next control, for example each contact&apos;s Copy button</source>
        <translation>Aller à la commande suivante, par exemple le bouton Copier de chaque contact</translation>
    </message>
    <message>
        <source>Go to the next pane (emergency numbers, search, list, details)</source>
        <translation>Aller à la zone suivante (numéros d’urgence, recherche, liste, détail)</translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation>Aller à la zone précédente</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
    <message>
        <source>Quit Helplines</source>
        <translation>Quitter Lignes d’écoute</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>About Helplines</source>
        <translation>À propos de Lignes d’écoute</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helplines %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free psychological support lines, and whether they answer now.&lt;/p&gt;&lt;p&gt;Helplines works offline. It sends nothing anywhere and keeps no record of what you search or copy.&lt;/p&gt;&lt;p&gt;Every record shows its source and the date it was last checked. In an emergency, call 15 or 112; deaf and hard-of-hearing people can text 114.&lt;/p&gt;&lt;p&gt;Licensed under the EUPL 1.2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lignes d’écoute %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les lignes d’écoute et de soutien psychologique gratuites, et celles qui répondent maintenant.&lt;/p&gt;&lt;p&gt;Lignes d’écoute fonctionne sans connexion. Il n’envoie rien et ne garde aucune trace de ce que vous cherchez ou copiez.&lt;/p&gt;&lt;p&gt;Chaque fiche indique sa source et la date de sa dernière vérification. En cas d’urgence, appelez le 15 ou le 112&#x202f;; les personnes sourdes ou malentendantes peuvent envoyer un SMS au 114.&lt;/p&gt;&lt;p&gt;Sous licence EUPL 1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open now</source>
        <translation>&amp;Ouverts maintenant</translation>
    </message>
    <message>
        <source>Open now only</source>
        <translation>Seulement les services ouverts maintenant</translation>
    </message>
    <message>
        <source>Show only the services that answer now (Alt+O)</source>
        <translation>N’afficher que les services qui répondent maintenant (Alt+O)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Show only the services you can reach this way</source>
        <translation>N’afficher que les services joignables de cette façon</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Show only your organisation&apos;s, national or regional services</source>
        <translation>N’afficher que les services de votre organisation, nationaux ou régionaux</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Tchat</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Sign language or deaf access</source>
        <translation>Langue des signes ou accès sourds</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) open now</source>
        <extracomment>Status bar, with the open-now filter on: &quot;5 of 17 services open now&quot;</extracomment>
        <translation>
            <numerusform>%1 service sur %n ouvert maintenant</numerusform>
            <numerusform>%1 services sur %n ouverts maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s), %1 open now</source>
        <extracomment>Status bar: &quot;17 services, 5 open now&quot;</extracomment>
        <translation>
            <numerusform>%n service, %1 ouvert maintenant</numerusform>
            <numerusform>%n services, %1 ouverts maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service(s) shown, %2 open now</source>
        <extracomment>Status bar with a search or filter: &quot;6 of 17 services shown, 2 open now&quot;</extracomment>
        <translation>
            <numerusform>%1 service affiché sur %n, %2 ouvert maintenant</numerusform>
            <numerusform>%1 services affichés sur %n, %2 ouverts maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>&amp;Add a Service…</source>
        <translation>&amp;Ajouter un service…</translation>
    </message>
    <message>
        <source>Add a service you use yourself, such as your therapist or your site&apos;s occupational health service</source>
        <translation>Ajouter un service que vous utilisez vous-même, comme votre psychologue ou la médecine du travail de votre site</translation>
    </message>
    <message>
        <source>&amp;Edit Service…</source>
        <translation>&amp;Modifier le service…</translation>
    </message>
    <message>
        <source>Edit the selected service; only services you added can be edited</source>
        <translation>Modifier le service sélectionné&#x202f;; seuls les services que vous avez ajoutés peuvent être modifiés</translation>
    </message>
    <message>
        <source>&amp;Delete Service</source>
        <translation>&amp;Supprimer le service</translation>
    </message>
    <message>
        <source>Delete the selected service; only services you added can be deleted</source>
        <translation>Supprimer le service sélectionné&#x202f;; seuls les services que vous avez ajoutés peuvent être supprimés</translation>
    </message>
    <message>
        <source>The language is set by your organisation.</source>
        <translation>La langue est fixée par votre organisation.</translation>
    </message>
    <message>
        <source>The interface is now in English.</source>
        <extracomment>Said in the newly chosen language: the French translation names French</extracomment>
        <translation>L’interface est maintenant en français.</translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation>Fixé par votre organisation</translation>
    </message>
    <message>
        <source>Only the services you added can be edited.</source>
        <translation>Seuls les services que vous avez ajoutés peuvent être modifiés.</translation>
    </message>
    <message>
        <source>Services of your own cannot be saved: Helplines&apos; data file is not available.</source>
        <translation>Vos propres services ne peuvent pas être enregistrés&#xa0;: le fichier de données de Helplines n’est pas disponible.</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes you made to this service?</source>
        <translation>Abandonner les modifications apportées à ce service&#x202f;?</translation>
    </message>
    <message>
        <source>“%1” saved.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Only the services you added can be deleted.</source>
        <translation>Seuls les services que vous avez ajoutés peuvent être supprimés.</translation>
    </message>
    <message>
        <source>Delete Service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>Delete “%1” from your services? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de vos services&#x202f;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” deleted.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Add a service of your own</source>
        <translation>Ajouter un service à vous</translation>
    </message>
    <message>
        <source>Edit the selected service, if you added it</source>
        <translation>Modifier le service sélectionné, si vous l’avez ajouté</translation>
    </message>
    <message>
        <source>In the list, delete the selected service, if you added it</source>
        <translation>Dans la liste, supprimer le service sélectionné, si vous l’avez ajouté</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the search (Escape)</source>
        <translation>Effacer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Your organisation does not allow services of your own.</source>
        <translation>Votre organisation n’autorise pas l’ajout de vos propres services.</translation>
    </message>
    <message>
        <source>Search cleared.</source>
        <translation>Recherche effacée.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 or Menu key</source>
        <translation>%1 ou touche Menu</translation>
    </message>
    <message>
        <source>In the list, open the selected service&apos;s menu</source>
        <translation>Dans la liste, ouvrir le menu du service sélectionné</translation>
    </message>
    <message>
        <source>Back to the search field; in the search field, clear it</source>
        <translation>Revenir au champ de recherche&#x202f;; dans le champ de recherche, l’effacer</translation>
    </message>
    <message>
        <source>Your favourite was saved, but the automatic backup of your data could not be written: %1</source>
        <translation>Votre favori a été enregistré, mais la sauvegarde automatique de vos données n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Hide Window Now (Escape twice)</source>
        <extracomment>Escape twice: the keys of the quick hide</extracomment>
        <translation>&amp;Masquer la fenêtre (Échap deux fois)</translation>
    </message>
    <message>
        <source>Minimise the window at once and clear the search, for a shared or watched screen</source>
        <translation>Réduire immédiatement la fenêtre et effacer la recherche, pour un écran partagé ou observé</translation>
    </message>
    <message>
        <source>C&amp;lear My Data…</source>
        <translation>E&amp;ffacer mes données…</translation>
    </message>
    <message>
        <source>Erase your favourites, the services you added and your settings</source>
        <translation>Effacer vos favoris, les services que vous avez ajoutés et vos réglages</translation>
    </message>
    <message>
        <source>Clear My Data</source>
        <translation>Effacer mes données</translation>
    </message>
    <message>
        <source>Erase your favourites, the services you added and your settings (language, filters, window size), with their automatic backups? The directory of services is kept. This cannot be undone.</source>
        <translation>Effacer vos favoris, les services que vous avez ajoutés et vos réglages (langue, filtres, taille de la fenêtre), ainsi que leurs sauvegardes automatiques&#x202f;? L’annuaire des services est conservé. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Your data could not be erased in full: %1</source>
        <translation>Vos données n’ont pas pu être entièrement effacées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your favourites, the services you added and your settings were erased.</source>
        <translation>Vos favoris, les services que vous avez ajoutés et vos réglages ont été effacés.</translation>
    </message>
    <message>
        <source>Escape twice</source>
        <translation>Échap deux fois</translation>
    </message>
    <message>
        <source>Hide the window at once (minimise it) and clear the search, for a shared or watched screen</source>
        <translation>Masquer immédiatement la fenêtre (la réduire) et effacer la recherche, pour un écran partagé ou observé</translation>
    </message>
</context>
<context>
    <name>Helplines::NoticeBar</name>
    <message>
        <source>Notice</source>
        <extracomment>Accessible name of the bar that shows a lasting notice above the list of services</extracomment>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>Hide this notice until Helplines is started again</source>
        <translation>Masquer cet avis jusqu’au prochain démarrage de Helplines</translation>
    </message>
</context>
<context>
    <name>Helplines::ServiceDetailsPane</name>
    <message>
        <source>%1 (not translated)</source>
        <extracomment>Marks a text of the directory shown in the other language because it has no translation</extracomment>
        <translation>%1 (non traduit)</translation>
    </message>
    <message>
        <source>Remove %1 from favourites</source>
        <translation>Retirer %1 des favoris</translation>
    </message>
    <message>
        <source>Add %1 to favourites</source>
        <translation>Ajouter %1 aux favoris</translation>
    </message>
    <message>
        <source>Choose a service in the list to see how to reach it.</source>
        <translation>Choisissez un service dans la liste pour voir comment le joindre.</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Hours not known</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>This number could not be checked.</source>
        <translation>Ce numéro n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>About this service</source>
        <translation>À propos de ce service</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Géré par</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymat</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Deaf and hard of hearing</source>
        <translation>Sourds et malentendants</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Référencé par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A contact&apos;s own availability: &quot;Chat: Open now · until 22:00&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The hours of this record cannot be read: %1</source>
        <translation>Les horaires de cette fiche ne peuvent pas être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The week ahead</source>
        <translation>La semaine à venir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A day of the schedule that is a public holiday: &quot;Closed (Easter Monday)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Times are given in your time zone (%1).</source>
        <translation>Les heures sont données dans votre fuseau horaire (%1).</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>contact</comment>
        <extracomment>Accessible name of a contact&apos;s number or address: its kind and the value, e.g. &quot;Phone: 09 72 39 40 50&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>day and hours</comment>
        <extracomment>A day of the schedule as a screen reader reads it: &quot;Monday 12 January (today): 9:00 to 18:00&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>fact and value</comment>
        <extracomment>A fact about a service as a screen reader reads it: &quot;Cost: Free&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <source>Open %1 in the web browser</source>
        <translation>Ouvrir %1 dans le navigateur web</translation>
    </message>
</context>
<context>
    <name>Helplines::ServiceEditorDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a Service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>A service you use yourself: your therapist, your site&apos;s occupational health service… It is kept on this computer only, with the same checks as the directory&apos;s services.</source>
        <translation>Un service que vous utilisez vous-même&#xa0;: votre psychologue, la médecine du travail de votre site… Il est conservé sur cet ordinateur seulement, avec les mêmes vérifications que les services de l’annuaire.</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>Le service</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Nom en &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nom en &amp;anglais&#xa0;:</translation>
    </message>
    <message>
        <source>Give a name in French, in English or in both.</source>
        <translation>Donnez un nom en français, en anglais ou dans les deux langues.</translation>
    </message>
    <message>
        <source>&amp;Description in French:</source>
        <translation>&amp;Description en français&#xa0;:</translation>
    </message>
    <message>
        <source>Description in English:</source>
        <translation>Description en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>What the service offers, in one or two sentences.</source>
        <translation>Ce que propose le service, en une ou deux phrases.</translation>
    </message>
    <message>
        <source>&amp;Who it is for, in French:</source>
        <translation>&amp;Public, en français&#xa0;:</translation>
    </message>
    <message>
        <source>Who it is for, in English:</source>
        <translation>Public, en anglais&#xa0;:</translation>
    </message>
    <message>
        <source>Whom the service is for, for example “Staff of the Lyon site”.</source>
        <translation>À qui s’adresse le service, par exemple «&#xa0;Agents du site de Lyon&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Services you add are yours alone: they are not shared.</source>
        <translation>Les services que vous ajoutez ne sont qu’à vous&#xa0;: ils ne sont pas partagés.</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>&amp;Add a Contact</source>
        <translation>&amp;Ajouter un contact</translation>
    </message>
    <message>
        <source>Add another way to reach the service: a number, an e-mail address or a website.</source>
        <translation>Ajouter un autre moyen de joindre le service&#xa0;: un numéro, une adresse électronique ou un site web.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>The opening hours in the OpenStreetMap syntax, for example “Mo-Fr 09:00-18:00”, “Mo-Fr 08:00-12:00,14:00-17:00; PH off” or “24/7”. Leave empty when you do not know them.</source>
        <translation>Les horaires dans la syntaxe d’OpenStreetMap, par exemple «&#xa0;Mo-Fr 09:00-18:00&#xa0;», «&#xa0;Mo-Fr 08:00-12:00,14:00-17:00; PH off&#xa0;» ou «&#xa0;24/7&#xa0;». Laissez vide si vous ne les connaissez pas.</translation>
    </message>
    <message>
        <source>for example Mo-Fr 09:00-18:00</source>
        <translation>par exemple Mo-Fr 09:00-18:00</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>The time zone in which the hours are given; choose one or type another, such as America/Montreal.</source>
        <translation>Le fuseau horaire des horaires&#x202f;; choisissez-en un ou tapez-en un autre, comme America/Montreal.</translation>
    </message>
    <message>
        <source>Public ho&amp;lidays:</source>
        <translation>Jours &amp;fériés&#xa0;:</translation>
    </message>
    <message>
        <source>Whose public holidays the rule&apos;s “PH” means, and which number plan checks the phone numbers.</source>
        <translation>Les jours fériés que désigne «&#xa0;PH&#xa0;» dans la règle, et le plan de numérotation qui vérifie les numéros.</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;oût&#xa0;:</translation>
    </message>
    <message>
        <source>Anon&amp;ymous:</source>
        <translation>Ano&amp;nyme&#xa0;:</translation>
    </message>
    <message>
        <source>Whether you can contact the service without giving your name.</source>
        <translation>Si l’on peut contacter le service sans donner son nom.</translation>
    </message>
    <message>
        <source>Deaf and hard of hearing access</source>
        <translation>Accès pour les personnes sourdes et malentendantes</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Anything else to remember, shown with the hours: by appointment only, ask for the nurse at reception…</source>
        <translation>Tout autre point à retenir, affiché avec les horaires&#xa0;: sur rendez-vous seulement, demander l’infirmière à l’accueil…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A public-holiday region and its code: &quot;Moselle (FR-57)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Number or address:</source>
        <translation>Numéro ou adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Retirer le contact %1</translation>
    </message>
    <message>
        <source>Contact %1: kind</source>
        <translation>Contact %1&#xa0;: type</translation>
    </message>
    <message>
        <source>Contact %1: number or address</source>
        <translation>Contact %1&#xa0;: numéro ou adresse</translation>
    </message>
    <message>
        <source>A phone number as it is dialled (01 23 45 67 89, 3114), a web address (https://…) or an e-mail address.</source>
        <translation>Un numéro tel qu’on le compose (01 23 45 67 89, 3114), une adresse web (https://…) ou une adresse électronique.</translation>
    </message>
    <message>
        <source>Contact %1: label</source>
        <translation>Contact %1&#xa0;: libellé</translation>
    </message>
    <message>
        <source>What this contact is, for example “Secretariat” or “Mobile”.</source>
        <translation>Ce qu’est ce contact, par exemple «&#xa0;Secrétariat&#xa0;» ou «&#xa0;Portable&#xa0;».</translation>
    </message>
    <message>
        <source>Hours not known: the service will say “Hours unknown”.</source>
        <translation>Horaires inconnus&#xa0;: le service affichera «&#xa0;Horaires inconnus&#xa0;».</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>A correction that the opening-hours engine makes to a rule it accepts
----------
A remark of the service editor that does not keep the service from being saved</extracomment>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The badge is shown once the time zone is known.</source>
        <translation>Le badge s’affiche une fois le fuseau horaire connu.</translation>
    </message>
    <message>
        <source>Badge now: %1</source>
        <extracomment>Preview, in the service editor, of the badge the hours give now</extracomment>
        <translation>Badge en ce moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the service a name, in French or in English.</source>
        <translation>Donnez un nom au service, en français ou en anglais.</translation>
    </message>
    <message>
        <source>Add at least one way to reach the service: a number, an e-mail address or a website.</source>
        <translation>Ajoutez au moins un moyen de joindre le service&#xa0;: un numéro, une adresse électronique ou un site web.</translation>
    </message>
    <message>
        <source>Write the number or the address, or remove this contact.</source>
        <translation>Écrivez le numéro ou l’adresse, ou retirez ce contact.</translation>
    </message>
    <message>
        <source>The public holidays are those of %1, whose time zone is %2: choose %2 if the service is located there.</source>
        <extracomment>%1: the holiday region&apos;s code, %2: its time zone</extracomment>
        <translation>Les jours fériés sont ceux de %1, dont le fuseau horaire est %2&#xa0;: choisissez %2 si le service se trouve là-bas.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A problem in the service editor followed by how to fix it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>This service cannot be saved yet: %n problem(s) to correct, marked below.</source>
        <translation>
            <numerusform>Ce service ne peut pas encore être enregistré&#xa0;: %n problème à corriger, signalé ci-dessous.</numerusform>
            <numerusform>Ce service ne peut pas encore être enregistré&#xa0;: %n problèmes à corriger, signalés ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>This service could not be saved: %1</source>
        <translation>Ce service n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard the changes you made to this service?</source>
        <translation>Abandonner les modifications apportées à ce service&#x202f;?</translation>
    </message>
</context>
<context>
    <name>Helplines::ServiceListModel</name>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <source>text message to %1</source>
        <translation>SMS au %1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the parts of a service&apos;s spoken summary</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>. </source>
        <extracomment>Separator between the parts of a service&apos;s spoken description</extracomment>
        <translation>. </translation>
    </message>
    <message>
        <source>added by you</source>
        <extracomment>In a service&apos;s spoken summary, for a service the user added</extracomment>
        <translation>ajouté par vous</translation>
    </message>
    <message>
        <source>from your organisation</source>
        <extracomment>In a service&apos;s spoken summary, for a service the user&apos;s organisation provides</extracomment>
        <translation>de votre organisation</translation>
    </message>
    <message>
        <source>Open now, 24 hours a day</source>
        <extracomment>In a service&apos;s spoken summary: the line answers now, and at any hour</extracomment>
        <translation>Ouvert maintenant, 24 heures sur 24</translation>
    </message>
    <message>
        <source>Not translated</source>
        <extracomment>In a service&apos;s spoken description: its name or audience is in the other language</extracomment>
        <translation>Non traduit</translation>
    </message>
    <message>
        <source>not translated</source>
        <extracomment>Next to a name or audience shown in the other language, on a service&apos;s card</extracomment>
        <translation>non traduit</translation>
    </message>
</context>
<context>
    <name>HoursBatch</name>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation>La ligne dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”: give an IANA time zone such as “Europe/Paris”.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;»&#xa0;: donnez un fuseau IANA comme «&#xa0;Europe/Paris&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown region “%1”: give one of %2.</source>
        <translation>Région inconnue «&#xa0;%1&#xa0;»&#xa0;: donnez l’une de celles-ci&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The line is empty: a JSON object was expected.</source>
        <translation>La ligne est vide&#xa0;: un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>The line is not valid JSON: %1 (byte %2).</source>
        <translation>La ligne n’est pas du JSON valide&#xa0;: %1 (octet %2).</translation>
    </message>
    <message>
        <source>The line is not a JSON object.</source>
        <translation>La ligne n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>The field “%1” must be a string.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être une chaîne.</translation>
    </message>
    <message>
        <source>Unsupported country “%1”: only “FR” (France) is supported.</source>
        <translation>Pays non pris en charge «&#xa0;%1&#xa0;»&#xa0;: seul «&#xa0;FR&#xa0;» (France) l’est.</translation>
    </message>
    <message>
        <source>The region “%1” is not in the country “%2”.</source>
        <translation>La région «&#xa0;%1&#xa0;» n’est pas dans le pays «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has no offset from UTC: add one, as in “2026-01-12T09:00:00+01:00” or “2026-01-12T08:00:00Z”.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de décalage par rapport à UTC&#xa0;: ajoutez-en un, comme dans «&#xa0;2026-01-12T09:00:00+01:00&#xa0;» ou «&#xa0;2026-01-12T08:00:00Z&#xa0;».</translation>
    </message>
</context>
<context>
    <name>HoursCommand</name>
    <message>
        <source>open</source>
        <comment>state of a line</comment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>state of a line</comment>
        <translation>fermé</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>state of a line</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>Format of a day for QLocale::toString (dddd weekday, d day, MMMM month, yyyy year)</extracomment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A day, then a time of day: &quot;Monday 12 January 2026 at 18:00&quot;</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Say what an opening_hours rule means at an instant, and in plain words.</source>
        <translation>Dit ce que signifie une règle opening_hours à un instant donné, et en langage courant.</translation>
    </message>
    <message>
        <source>The opening_hours rule, in quotes: &quot;Mo-Fr 09:00-18:00&quot;.</source>
        <translation>La règle opening_hours, entre guillemets&#xa0;: &quot;Mo-Fr 09:00-18:00&quot;.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>The instant, in ISO 8601: 2026-01-12T09:00:00+01:00, or without an offset for a wall-clock time in the zone of --tz (a time skipped in spring moves forward by the change, a repeated one is the first). Default: now.</source>
        <translation>L’instant, en ISO 8601&#xa0;: 2026-01-12T09:00:00+01:00, ou sans décalage pour une heure locale dans le fuseau de --tz (une heure sautée au printemps est avancée du changement, une heure répétée est la première). Par défaut&#xa0;: maintenant.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>The IANA time zone of the rule, such as Europe/Paris or Indian/Reunion. Default: the system&apos;s.</source>
        <translation>Le fuseau horaire IANA de la règle, comme Europe/Paris ou Indian/Reunion. Par défaut&#xa0;: celui du système.</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>The public holidays: %1. Default: FR.</source>
        <translation>Les jours fériés&#xa0;: %1. Par défaut&#xa0;: FR.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Latitude for sunrise and sunset, with --lon. Default: Paris, 48.8566.</source>
        <translation>Latitude pour le lever et le coucher du soleil, avec --lon. Par défaut&#xa0;: Paris, 48.8566.</translation>
    </message>
    <message>
        <source>degrees</source>
        <translation>degrés</translation>
    </message>
    <message>
        <source>Longitude for sunrise and sunset, with --lat. Default: Paris, 2.3522.</source>
        <translation>Longitude pour le lever et le coucher du soleil, avec --lat. Par défaut&#xa0;: Paris, 2.3522.</translation>
    </message>
    <message>
        <source>Print one JSON object: state, comment, next_change (ISO 8601 with offset, or null) and description; or error and column (1-based) for a rule that does not parse.</source>
        <translation>Affiche un objet JSON&#xa0;: state, comment, next_change (ISO 8601 avec décalage, ou null) et description&#x202f;; ou error et column (à partir de 1) pour une règle illisible.</translation>
    </message>
    <message>
        <source>Read JSON Lines on the standard input, one object {&quot;rule&quot;, &quot;tz&quot;, &quot;country&quot;: &quot;FR&quot;, &quot;at&quot;} per line (optional &quot;region&quot;: &quot;FR-57&quot;), and write one line per input line: {&quot;state&quot;, &quot;comment&quot;, &quot;next_change&quot;}, {&quot;error&quot;, &quot;column&quot;} for a rule that does not parse, or {&quot;error&quot;} for a wrong line. Exit code 0 unless the input cannot be read.</source>
        <translation>Lit des lignes JSON sur l’entrée standard, un objet {&quot;rule&quot;, &quot;tz&quot;, &quot;country&quot;: &quot;FR&quot;, &quot;at&quot;} par ligne (&quot;region&quot;: &quot;FR-57&quot; facultatif), et écrit une ligne par ligne lue&#xa0;: {&quot;state&quot;, &quot;comment&quot;, &quot;next_change&quot;}, {&quot;error&quot;, &quot;column&quot;} pour une règle illisible, ou {&quot;error&quot;} pour une ligne incorrecte. Code de sortie 0 sauf si l’entrée ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>helplines-cli hours: --batch reads the rule, zone, country and instant from each input line; give no rule and none of --at, --tz, --region, --lat, --lon and --json.</source>
        <translation>helplines-cli hours&#xa0;: --batch lit la règle, le fuseau, le pays et l’instant sur chaque ligne&#x202f;; ne donnez ni règle, ni --at, --tz, --region, --lat, --lon ou --json.</translation>
    </message>
    <message>
        <source>helplines-cli hours: give a rule, for example helplines-cli hours &quot;Mo-Fr 09:00-18:00; PH off&quot;.</source>
        <translation>helplines-cli hours&#xa0;: donnez une règle, par exemple helplines-cli hours &quot;Mo-Fr 09:00-18:00; PH off&quot;.</translation>
    </message>
    <message>
        <source>helplines-cli hours: give one rule, in quotes: “%1” is one too many.</source>
        <translation>helplines-cli hours&#xa0;: donnez une seule règle, entre guillemets&#xa0;: «&#xa0;%1&#xa0;» est en trop.</translation>
    </message>
    <message>
        <source>helplines-cli hours: unknown time zone “%1”. Give an IANA time zone such as Europe/Paris, America/Cayenne or Indian/Reunion.</source>
        <translation>helplines-cli hours&#xa0;: fuseau horaire inconnu «&#xa0;%1&#xa0;». Donnez un fuseau IANA comme Europe/Paris, America/Cayenne ou Indian/Reunion.</translation>
    </message>
    <message>
        <source>helplines-cli hours: unknown region “%1”. Known regions: %2.</source>
        <translation>helplines-cli hours&#xa0;: région inconnue «&#xa0;%1&#xa0;». Régions connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>helplines-cli hours: give both --lat and --lon, or neither.</source>
        <translation>helplines-cli hours&#xa0;: donnez --lat et --lon, ou aucun des deux.</translation>
    </message>
    <message>
        <source>helplines-cli hours: --lat must be a number of degrees from -90 to 90 and --lon from -180 to 180, with a dot: --lat 48.8566 --lon 2.3522.</source>
        <translation>helplines-cli hours&#xa0;: --lat doit être un nombre de degrés de -90 à 90 et --lon de -180 à 180, avec un point&#xa0;: --lat 48.8566 --lon 2.3522.</translation>
    </message>
    <message>
        <source>helplines-cli hours: %1</source>
        <translation>helplines-cli hours&#xa0;: %1</translation>
    </message>
    <message>
        <source>At: %1 (%2, %3)</source>
        <extracomment>The instant asked about: &quot;Monday 12 January 2026 at 10:00 (2026-01-12T10:00:00+01:00, Europe/Paris)&quot;</extracomment>
        <translation>À&#xa0;: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>Commentaire&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Next change: %1 (%2)</source>
        <extracomment>&quot;Monday 12 January 2026 at 18:00 (2026-01-12T18:00:00+01:00)&quot;</extracomment>
        <translation>Prochain changement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Next change: none within 366 days</source>
        <translation>Prochain changement&#xa0;: aucun dans les 366 jours</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canonical form: %1</source>
        <translation>Forme canonique&#xa0;: %1</translation>
    </message>
    <message>
        <source>helplines-cli hours: the standard input could not be read.</source>
        <translation>helplines-cli hours&#xa0;: l’entrée standard n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>IsoDateTime</name>
    <message>
        <source>“%1” is not a date and time in ISO 8601 form such as “2026-01-12T09:00:00+01:00”.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et une heure au format ISO 8601 comme «&#xa0;2026-01-12T09:00:00+01:00&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour du calendrier.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure de la journée.</translation>
    </message>
    <message>
        <source>The offset from UTC of “%1” is out of range (at most 23:59).</source>
        <translation>Le décalage par rapport à UTC de «&#xa0;%1&#xa0;» est hors limites (23:59 au plus).</translation>
    </message>
</context>
<context>
    <name>JsonError</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 bytes.</source>
        <translation>Le fichier dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>The file is not encoded in UTF-8 (it looks like UTF-16 or UTF-32).</source>
        <translation>Le fichier n’est pas encodé en UTF-8 (il semble être en UTF-16 ou UTF-32).</translation>
    </message>
    <message>
        <source>The file contains bytes that are not valid UTF-8.</source>
        <translation>Le fichier contient des octets qui ne sont pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Unexpected character “%1”.</source>
        <translation>Caractère inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file ends in the middle of a value.</source>
        <translation>Le fichier se termine au milieu d’une valeur.</translation>
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation>Une valeur est attendue ici.</translation>
    </message>
    <message>
        <source>A key in double quotes is expected here.</source>
        <translation>Une clé entre guillemets droits est attendue ici.</translation>
    </message>
    <message>
        <source>A colon “:” is expected after the key.</source>
        <translation>Deux-points «&#xa0;:&#xa0;» sont attendus après la clé.</translation>
    </message>
    <message>
        <source>A comma “,” or a closing “%1” is expected here.</source>
        <translation>Une virgule «&#xa0;,&#xa0;» ou un «&#xa0;%1&#xa0;» fermant est attendu ici.</translation>
    </message>
    <message>
        <source>A comma is followed by no value.</source>
        <translation>Une virgule n’est suivie d’aucune valeur.</translation>
    </message>
    <message>
        <source>There is more text after the end of the document.</source>
        <translation>Il reste du texte après la fin du document.</translation>
    </message>
    <message>
        <source>Comments are not allowed in JSON.</source>
        <translation>Les commentaires ne sont pas permis en JSON.</translation>
    </message>
    <message>
        <source>Strings must be written in double quotes, not single quotes.</source>
        <translation>Les chaînes s’écrivent entre guillemets droits doubles, pas entre apostrophes.</translation>
    </message>
    <message>
        <source>Strings must be written in straight double quotes (&quot;), not typographic quotes (%1).</source>
        <translation>Les chaînes s’écrivent entre guillemets droits (&quot;), pas entre guillemets typographiques (%1).</translation>
    </message>
    <message>
        <source>“%1” is not a JSON value.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur JSON.</translation>
    </message>
    <message>
        <source>The string is never closed.</source>
        <translation>La chaîne n’est jamais fermée.</translation>
    </message>
    <message>
        <source>A string contains the control character %1.</source>
        <translation>Une chaîne contient le caractère de contrôle %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid escape sequence.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une séquence d’échappement valide.</translation>
    </message>
    <message>
        <source>The escape “%1” is half of a surrogate pair without the other half.</source>
        <translation>L’échappement «&#xa0;%1&#xa0;» est une moitié de paire de substitution sans l’autre moitié.</translation>
    </message>
    <message>
        <source>“%1” is not a valid JSON number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre JSON valide.</translation>
    </message>
    <message>
        <source>The number “%1” is too large or too small to be represented.</source>
        <translation>Le nombre «&#xa0;%1&#xa0;» est trop grand ou trop petit pour être représenté.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice in the same object.</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît deux fois dans le même objet.</translation>
    </message>
    <message>
        <source>Values are nested more than %1 levels deep.</source>
        <translation>Les valeurs sont imbriquées sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>A string is longer than the limit of %1 characters.</source>
        <translation>Une chaîne dépasse la limite de %1 caractères.</translation>
    </message>
    <message>
        <source>The file contains more than %1 values.</source>
        <translation>Le fichier contient plus de %1 valeurs.</translation>
    </message>
    <message>
        <source>Split the directory into smaller files or check that this is the right file.</source>
        <translation>Découpez l’annuaire en fichiers plus petits, ou vérifiez qu’il s’agit du bon fichier.</translation>
    </message>
    <message>
        <source>Save the file again with the encoding “UTF-8”.</source>
        <translation>Enregistrez de nouveau le fichier avec l’encodage «&#xa0;UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>Save the file again with the encoding “UTF-8”; it may have been saved as Latin-1 or Windows-1252.</source>
        <translation>Enregistrez de nouveau le fichier avec l’encodage «&#xa0;UTF-8&#xa0;»&#x202f;; il a peut-être été enregistré en Latin-1 ou Windows-1252.</translation>
    </message>
    <message>
        <source>A value is a string in double quotes, a number, an object {…}, an array […], true, false or null.</source>
        <translation>Une valeur est une chaîne entre guillemets droits, un nombre, un objet {…}, un tableau […], true, false ou null.</translation>
    </message>
    <message>
        <source>The “%1” on line %2, column %3 is never closed; the file may be truncated.</source>
        <translation>Le «&#xa0;%1&#xa0;» de la ligne %2, colonne %3, n’est jamais fermé&#x202f;; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Check that every “{”, “[” and “&quot;” is closed; the file may be truncated.</source>
        <translation>Vérifiez que chaque «&#xa0;{&#xa0;», «&#xa0;[&#xa0;» et «&#xa0;&quot;&#xa0;» est fermé&#x202f;; le fichier est peut-être tronqué.</translation>
    </message>
    <message>
        <source>Write the key in double quotes: &quot;key&quot;: value.</source>
        <translation>Écrivez la clé entre guillemets droits&#xa0;: &quot;clé&quot;: valeur.</translation>
    </message>
    <message>
        <source>Write the key and its value as &quot;key&quot;: value.</source>
        <translation>Écrivez la clé et sa valeur sous la forme &quot;clé&quot;: valeur.</translation>
    </message>
    <message>
        <source>Separate values with commas; a comma may be missing at the end of the previous line.</source>
        <translation>Séparez les valeurs par des virgules&#x202f;; il manque peut-être une virgule à la fin de la ligne précédente.</translation>
    </message>
    <message>
        <source>Remove the comma after the last value.</source>
        <translation>Retirez la virgule après la dernière valeur.</translation>
    </message>
    <message>
        <source>A JSON file holds one value; remove what follows it or put everything in one object.</source>
        <translation>Un fichier JSON contient une seule valeur&#x202f;; retirez ce qui la suit ou regroupez tout dans un objet.</translation>
    </message>
    <message>
        <source>Remove the comment; a field such as &quot;note&quot; can hold text for people.</source>
        <translation>Retirez le commentaire&#x202f;; un champ comme &quot;note&quot; peut contenir du texte destiné aux personnes.</translation>
    </message>
    <message>
        <source>Replace the single quotes around the string with double quotes.</source>
        <translation>Remplacez les apostrophes autour de la chaîne par des guillemets droits.</translation>
    </message>
    <message>
        <source>A word processor may have replaced the quotes; edit the file in a plain text editor and type straight double quotes.</source>
        <translation>Un traitement de texte a peut-être remplacé les guillemets&#x202f;; modifiez le fichier dans un éditeur de texte brut et tapez des guillemets droits.</translation>
    </message>
    <message>
        <source>Write strings in double quotes; the only bare words in JSON are true, false and null (in lower case).</source>
        <translation>Écrivez les chaînes entre guillemets droits&#x202f;; les seuls mots sans guillemets en JSON sont true, false et null (en minuscules).</translation>
    </message>
    <message>
        <source>Add the closing double quote; a double quote inside a string is written \&quot;.</source>
        <translation>Ajoutez le guillemet fermant&#x202f;; un guillemet dans une chaîne s’écrit \&quot;.</translation>
    </message>
    <message>
        <source>Write a line break as \n and a tab as \t inside strings, or close the string before the end of the line.</source>
        <translation>Dans une chaîne, écrivez un saut de ligne \n et une tabulation \t, ou fermez la chaîne avant la fin de la ligne.</translation>
    </message>
    <message>
        <source>The escapes are \&quot;, \\, \/, \b, \f, \n, \r, \t and \u followed by four hexadecimal digits; write a backslash as \\.</source>
        <translation>Les échappements sont \&quot;, \\, \/, \b, \f, \n, \r, \t et \u suivi de quatre chiffres hexadécimaux&#x202f;; écrivez une barre oblique inverse \\.</translation>
    </message>
    <message>
        <source>Write the character itself in UTF-8, or both halves of the pair (\ud83d\ude00).</source>
        <translation>Écrivez le caractère lui-même en UTF-8, ou les deux moitiés de la paire (\ud83d\ude00).</translation>
    </message>
    <message>
        <source>Numbers are written like -12, 3.5 or 1e6, without leading zeros, a “+” sign or a trailing point; write other values in double quotes.</source>
        <translation>Les nombres s’écrivent comme -12, 3.5 ou 1e6, sans zéro initial, sans signe «&#xa0;+&#xa0;» ni point final&#x202f;; écrivez les autres valeurs entre guillemets droits.</translation>
    </message>
    <message>
        <source>Write the number in double quotes if it is an identifier.</source>
        <translation>Écrivez le nombre entre guillemets droits s’il s’agit d’un identifiant.</translation>
    </message>
    <message>
        <source>Remove one of them; the first one is on line %1, column %2.</source>
        <translation>Supprimez l’une d’elles&#x202f;; la première est à la ligne %1, colonne %2.</translation>
    </message>
    <message>
        <source>Check that this is the right file; directory files never come close to this limit.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier&#x202f;; les fichiers d’annuaire n’approchent jamais cette limite.</translation>
    </message>
    <message>
        <source>Check that this is the right file and that it was saved completely: a JSON document starts with { or [.</source>
        <translation>Vérifiez qu’il s’agit du bon fichier et qu’il a été enregistré en entier&#xa0;: un document JSON commence par { ou [.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the services of the directory, favourites first.</source>
        <translation>Liste les services de l’annuaire, favoris en premier.</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per service.</source>
        <translation>Affiche un tableau JSON, un objet par service.</translation>
    </message>
    <message>
        <source>helplines-cli list: unexpected argument “%1”.</source>
        <translation>helplines-cli list&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (SMS)</source>
        <translation>%1 (SMS)</translation>
    </message>
    <message>
        <source>Only the services open now (or at --at); a service whose hours are unknown is not open.</source>
        <translation>Seulement les services ouverts maintenant (ou à --at)&#x202f;; un service aux horaires inconnus n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Evaluate the hours at this instant, ISO 8601 with an offset (2026-01-12T09:00+01:00); default: now.</source>
        <translation>Évalue les horaires à cet instant, en ISO 8601 avec décalage (2026-01-12T09:00+01:00)&#x202f;; par défaut&#xa0;: maintenant.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>helplines-cli list: “%1” is not an instant: use ISO 8601 with an offset, for example 2026-01-12T09:00+01:00.</source>
        <translation>helplines-cli list&#xa0;: «&#xa0;%1&#xa0;» n’est pas un instant&#xa0;: utilisez l’ISO 8601 avec décalage, par exemple 2026-01-12T09:00+01:00.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursComment</name>
    <message>
        <source>School holidays are not known for this place.</source>
        <translation>Les vacances scolaires ne sont pas connues pour ce lieu.</translation>
    </message>
    <message>
        <source>School holidays of %1 are not known yet.</source>
        <translation>Les vacances scolaires de %1 ne sont pas encore connues.</translation>
    </message>
    <message>
        <source>Public holidays are not known for this place.</source>
        <translation>Les jours fériés ne sont pas connus pour ce lieu.</translation>
    </message>
    <message>
        <source>Day before %1</source>
        <translation>Veille de %1</translation>
    </message>
    <message>
        <source>Day after %1</source>
        <translation>Lendemain de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n jour avant %1</numerusform>
            <numerusform>%n jours avant %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n jour après %1</numerusform>
            <numerusform>%n jours après %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Specified as open end. Closing time was guessed.</source>
        <translation>Heure de fermeture non précisée ; elle a été estimée.</translation>
    </message>
</context>
<context>
    <name>OpeningHoursDescription</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>of January</source>
        <translation>de janvier</translation>
    </message>
    <message>
        <source>of February</source>
        <translation>de février</translation>
    </message>
    <message>
        <source>of March</source>
        <translation>de mars</translation>
    </message>
    <message>
        <source>of April</source>
        <translation>d’avril</translation>
    </message>
    <message>
        <source>of May</source>
        <translation>de mai</translation>
    </message>
    <message>
        <source>of June</source>
        <translation>de juin</translation>
    </message>
    <message>
        <source>of July</source>
        <translation>de juillet</translation>
    </message>
    <message>
        <source>of August</source>
        <translation>d’août</translation>
    </message>
    <message>
        <source>of September</source>
        <translation>de septembre</translation>
    </message>
    <message>
        <source>of October</source>
        <translation>d’octobre</translation>
    </message>
    <message>
        <source>of November</source>
        <translation>de novembre</translation>
    </message>
    <message>
        <source>of December</source>
        <translation>de décembre</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>third to last</source>
        <translation>antépénultième</translation>
    </message>
    <message>
        <source>fourth to last</source>
        <translation>quatrième en partant de la fin</translation>
    </message>
    <message>
        <source>fifth to last</source>
        <translation>cinquième en partant de la fin</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after %1</source>
        <translation>
            <numerusform>%n jour après %1</numerusform>
            <numerusform>%n jours après %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before %1</source>
        <translation>
            <numerusform>%n jour avant %1</numerusform>
            <numerusform>%n jours avant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>range of weekday names without article</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>the %1 %2 of the month</source>
        <translation>le %1 %2 du mois</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>one weekday, as in &apos;Monday 9:00 to 12:00&apos;</comment>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>range of weekdays, as in &apos;Monday to Friday&apos;</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>school holidays</source>
        <translation>les vacances scolaires</translation>
    </message>
    <message>
        <source>the day before public holidays</source>
        <translation>la veille des jours fériés</translation>
    </message>
    <message>
        <source>the day after public holidays</source>
        <translation>le lendemain des jours fériés</translation>
    </message>
    <message>
        <source>public holidays</source>
        <translation>les jours fériés</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and month, as in &apos;25 December&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>le dimanche de Pâques</translation>
    </message>
    <message>
        <source>the %1 %2 %3</source>
        <comment>as in &apos;the last Sunday of October&apos;</comment>
        <translation>le %1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and its year, as in &apos;25 December 2026&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>Easter and its year, as in &apos;Easter Sunday 2026&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a month, as in &apos;in December&apos;</comment>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>one date, as in &apos;25 December 9:00 to 12:00&apos;</comment>
        <translation>le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n day(s)</source>
        <translation>
            <numerusform>%1, tous les jours</numerusform>
            <numerusform>%1, tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n week(s)</source>
        <translation>
            <numerusform>%1, chaque semaine</numerusform>
            <numerusform>%1, toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>from a year on, as in &apos;from 2020&apos;</comment>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a year, as in &apos;in 2020&apos;</comment>
        <translation>en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n year(s)</source>
        <translation>
            <numerusform>%1, chaque année</numerusform>
            <numerusform>%1, tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <source>sunrise</source>
        <translation>le lever du soleil</translation>
    </message>
    <message>
        <source>sunset</source>
        <translation>le coucher du soleil</translation>
    </message>
    <message>
        <source>dawn</source>
        <translation>l’aube</translation>
    </message>
    <message>
        <source>dusk</source>
        <translation>le crépuscule</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <comment>a length of time after a solar event</comment>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <comment>a length of time before a solar event</comment>
        <translation>%1 avant %2</translation>
    </message>
    <message>
        <source>from %1, closing time not given</source>
        <translation>à partir de %1, heure de fermeture non précisée</translation>
    </message>
    <message>
        <source>%1 to %2 the next morning</source>
        <translation>de %1 à %2 le lendemain</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>time range, as in &apos;9:00 to 18:00&apos;</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1, possibly later</source>
        <translation>%1, peut-être plus tard</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a day after &apos;closed&apos;, as in &apos;closed on Sunday&apos;; French needs no word</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>closed days, then hours: &apos;on Monday 12:00 to 14:00&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>fermé %1</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>24 heures sur 24, 7 jours sur 7</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, toute la journée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, then hours: &apos;Monday to Friday 9:00 to 18:00&apos;</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>opening not certain</source>
        <translation>ouverture incertaine</translation>
    </message>
    <message>
        <source>%1, opening not certain</source>
        <translation>%1, ouverture incertaine</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>a description and the rule&apos;s own comment</comment>
        <translation>%1 (« %2 »)</translation>
    </message>
    <message>
        <source>otherwise: %1</source>
        <comment>a fallback rule, used when the others say closed</comment>
        <translation>sinon : %1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>separator between two rules</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>in week %1</source>
        <translation>la semaine %1</translation>
    </message>
    <message>
        <source>in weeks %1 to %2</source>
        <translation>les semaines %1 à %2</translation>
    </message>
    <message>
        <source>also %1</source>
        <comment>a rule that adds hours to the previous ones</comment>
        <translation>aussi %1</translation>
    </message>
    <message>
        <source>instead: %1</source>
        <comment>a rule that replaces all the previous ones</comment>
        <translation>à la place : %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>range of months, as in &apos;from January to March&apos;</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>range of dates, as in &apos;from 24 December to 1 January&apos;</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <comment>range of years, as in &apos;from 2020 to 2022&apos;</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>every day, %1</source>
        <translation>tous les jours, %1</translation>
    </message>
</context>
<context>
    <name>OpeningHoursError</name>
    <message>
        <source>The opening hours are empty.</source>
        <translation>Les horaires sont vides.</translation>
    </message>
    <message>
        <source>“%1” is not understood at column %2.</source>
        <translation>« %1 » n’est pas compris, colonne %2.</translation>
    </message>
    <message>
        <source>The opening hours stop too early, at column %1.</source>
        <translation>Les horaires s’arrêtent trop tôt, colonne %1.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a valid time.</source>
        <translation>« %1 », colonne %2, n’est pas une heure valide.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a valid date.</source>
        <translation>« %1 », colonne %2, n’est pas une date valide.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a valid weekday.</source>
        <translation>« %1 », colonne %2, n’est pas un jour de la semaine valide.</translation>
    </message>
    <message>
        <source>The range at column %1 does not fit together.</source>
        <translation>Les deux bornes de l’intervalle, colonne %1, ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>The comment that starts at column %1 is not closed.</source>
        <translation>Le commentaire qui commence colonne %1 n’est pas fermé.</translation>
    </message>
    <message>
        <source>The opening hours are too long (more than %1 characters).</source>
        <translation>Les horaires sont trop longs (plus de %1 caractères).</translation>
    </message>
    <message>
        <source>The opening hours are too complex.</source>
        <translation>Les horaires sont trop complexes.</translation>
    </message>
    <message>
        <source>Times are written with a colon, not with “h” (column %1).</source>
        <translation>Les heures s’écrivent avec deux-points, pas avec « h » (colonne %1).</translation>
    </message>
    <message>
        <source>“%1” at column %2 is French, not the opening hours syntax.</source>
        <translation>« %1 », colonne %2, est du français, pas la syntaxe des horaires.</translation>
    </message>
    <message>
        <source>“%1” at column %2 uses the 12-hour clock.</source>
        <translation>« %1 », colonne %2, utilise le format sur 12 heures.</translation>
    </message>
    <message>
        <source>The time “%1” at column %2 has no minutes.</source>
        <translation>L’heure « %1 », colonne %2, n’a pas de minutes.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is unusual.</source>
        <translation>« %1 », colonne %2, est inhabituel.</translation>
    </message>
    <message>
        <source>“%1” at column %2 looks like a character of the syntax but is another one.</source>
        <translation>« %1 », colonne %2, ressemble à un caractère de la syntaxe mais en est un autre.</translation>
    </message>
    <message>
        <source>“%1” at column %2 is not a word of the opening hours syntax.</source>
        <translation>« %1 », colonne %2, n’est pas un mot de la syntaxe des horaires.</translation>
    </message>
    <message>
        <source>Hours and minutes are separated by a dot at column %1.</source>
        <translation>Les heures et les minutes sont séparées par un point, colonne %1.</translation>
    </message>
    <message>
        <source>There is an empty rule at column %1.</source>
        <translation>Il y a une règle vide, colonne %1.</translation>
    </message>
    <message>
        <source>A time range is needed at column %1, not a single time.</source>
        <translation>Une plage horaire est attendue colonne %1, pas une heure seule.</translation>
    </message>
    <message>
        <source>Repeated times (“/”) are not supported, at column %1.</source>
        <translation>Les heures répétées (« / ») ne sont pas prises en charge, colonne %1.</translation>
    </message>
    <message>
        <source>The weekday number at column %1 must be 1 to 5 or -1 to -5.</source>
        <translation>Le rang du jour, colonne %1, doit aller de 1 à 5 ou de -1 à -5.</translation>
    </message>
    <message>
        <source>Week numbers go from 1 to 53, at column %1.</source>
        <translation>Les numéros de semaine vont de 1 à 53, colonne %1.</translation>
    </message>
    <message>
        <source>The year at column %1 is not valid.</source>
        <translation>L’année, colonne %1, n’est pas valide.</translation>
    </message>
    <message>
        <source>Write the hours, for example “Mo-Fr 09:00-18:00”, or “24/7”.</source>
        <translation>Écrivez les horaires, par exemple « Mo-Fr 09:00-18:00 », ou « 24/7 ».</translation>
    </message>
    <message>
        <source>Use the opening_hours syntax, for example “Mo-Fr 09:00-12:00,14:00-18:00; PH off”; put free text in double quotes.</source>
        <translation>Utilisez la syntaxe opening_hours, par exemple « Mo-Fr 09:00-12:00,14:00-18:00; PH off » ; mettez le texte libre entre guillemets droits (&quot;).</translation>
    </message>
    <message>
        <source>Write times as hours and minutes from 00:00 to 24:00, for example “09:30”.</source>
        <translation>Écrivez les heures avec les minutes, de 00:00 à 24:00, par exemple « 09:30 ».</translation>
    </message>
    <message>
        <source>Write dates as a month and a day, for example “Dec 25”.</source>
        <translation>Écrivez les dates avec le mois puis le jour, par exemple « Dec 25 ».</translation>
    </message>
    <message>
        <source>Use Mo, Tu, We, Th, Fr, Sa and Su.</source>
        <translation>Utilisez Mo, Tu, We, Th, Fr, Sa et Su (du lundi au dimanche).</translation>
    </message>
    <message>
        <source>Give both ends of a range in the same form, for example “Jan-Mar” or “Jan 10-Mar 15”.</source>
        <translation>Donnez les deux bornes sous la même forme, par exemple « Jan-Mar » ou « Jan 10-Mar 15 ».</translation>
    </message>
    <message>
        <source>End the comment with a double quote (&quot;).</source>
        <translation>Terminez le commentaire par un guillemet droit (&quot;).</translation>
    </message>
    <message>
        <source>Shorten the opening hours.</source>
        <translation>Raccourcissez les horaires.</translation>
    </message>
    <message>
        <source>Write “09:00-18:00” rather than “9h-18h”, and “24/7” for every hour of every day.</source>
        <translation>Écrivez « 09:00-18:00 » plutôt que « 9h-18h », et « 24/7 » pour 24 h sur 24, 7 jours sur 7.</translation>
    </message>
    <message>
        <source>Use Mo, Tu, We, Th, Fr, Sa, Su for the days and “24/7” for “7j/7 24h/24”.</source>
        <translation>Utilisez Mo, Tu, We, Th, Fr, Sa, Su pour les jours et « 24/7 » pour « 7j/7 24h/24 ».</translation>
    </message>
    <message>
        <source>Write times on the 24-hour clock, for example “13:00” for 1pm.</source>
        <translation>Écrivez les heures au format 24 heures, par exemple « 13:00 » pour « 1pm ».</translation>
    </message>
    <message>
        <source>Write hours with minutes, for example “09:00-18:00” for “9-18”.</source>
        <translation>Écrivez les heures avec les minutes, par exemple « 09:00-18:00 » pour « 9-18 ».</translation>
    </message>
    <message>
        <source>Use the plain characters “-”, “:” and &quot;…&quot;.</source>
        <translation>Utilisez les caractères simples « - », « : » et &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Write “10:00” rather than “10.00”.</source>
        <translation>Écrivez « 10:00 » plutôt que « 10.00 ».</translation>
    </message>
    <message>
        <source>Remove the extra separator.</source>
        <translation>Supprimez le séparateur en trop.</translation>
    </message>
    <message>
        <source>Give a start and an end, for example “10:00-12:00”, or an open end “10:00+”.</source>
        <translation>Donnez un début et une fin, par exemple « 10:00-12:00 », ou une fin ouverte « 10:00+ ».</translation>
    </message>
    <message>
        <source>Give the time ranges themselves.</source>
        <translation>Donnez les plages horaires elles-mêmes.</translation>
    </message>
    <message>
        <source>For example “Su[-1]” is the last Sunday of the month, “Mo[1,3]” the first and third Mondays.</source>
        <translation>Par exemple « Su[-1] » est le dernier dimanche du mois, « Mo[1,3] » les premier et troisième lundis.</translation>
    </message>
    <message>
        <source>For example “week 01-26”.</source>
        <translation>Par exemple « week 01-26 ».</translation>
    </message>
    <message>
        <source>Write years with four digits, a range from the earlier year, for example “2020-2025”.</source>
        <translation>Écrivez les années avec quatre chiffres, un intervalle de l’année la plus ancienne à la plus récente, par exemple « 2020-2025 ».</translation>
    </message>
    <message>
        <source>Suggested: “%1”.</source>
        <translation>Suggestion : « %1 ».</translation>
    </message>
</context>
<context>
    <name>PhoneNumberError</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>The phone number “%1” contains “%2”, which is not part of a number.</source>
        <translation>Le numéro «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qui ne fait pas partie d’un numéro.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number “%1” is too short: it has %n digit(s).</source>
        <translation>
            <numerusform>Le numéro «&#xa0;%1&#xa0;» est trop court&#xa0;: il a %n chiffre.</numerusform>
            <numerusform>Le numéro «&#xa0;%1&#xa0;» est trop court&#xa0;: il a %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number “%1” is too long: it has %n digit(s).</source>
        <translation>
            <numerusform>Le numéro «&#xa0;%1&#xa0;» est trop long&#xa0;: il a %n chiffre.</numerusform>
            <numerusform>Le numéro «&#xa0;%1&#xa0;» est trop long&#xa0;: il a %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number “%1” does not start with 0 or with a country code.</source>
        <translation>Le numéro «&#xa0;%1&#xa0;» ne commence ni par 0 ni par un indicatif de pays.</translation>
    </message>
    <message>
        <source>“%1” is not a known short number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro court connu.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <source>Phone numbers of the region “%1” are not supported.</source>
        <translation>Les numéros de la région «&#xa0;%1&#xa0;» ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>Write the number as its operator publishes it, such as “0 800 130 000” or “3114”.</source>
        <translation>Écrivez le numéro tel que l’opérateur le publie, par exemple «&#xa0;0 800 130 000&#xa0;» ou «&#xa0;3114&#xa0;».</translation>
    </message>
    <message>
        <source>Write only digits, spaces, dots or dashes, and “+” before a country code; put extensions, letters and explanations in the contact&apos;s “note”.</source>
        <translation>N’écrivez que des chiffres, des espaces, des points ou des tirets, et «&#xa0;+&#xa0;» devant un indicatif de pays&#x202f;; mettez les extensions, les lettres et les explications dans la «&#xa0;note&#xa0;» du contact.</translation>
    </message>
    <message>
        <source>A French number has 10 digits and starts with 0 (“01 45 39 40 00”); short numbers have 2 to 6 digits (“15”, “3114”, “116 111”).</source>
        <translation>Un numéro français a 10 chiffres et commence par 0 («&#xa0;01 45 39 40 00&#xa0;»)&#x202f;; les numéros courts ont de 2 à 6 chiffres («&#xa0;15&#xa0;», «&#xa0;3114&#xa0;», «&#xa0;116 111&#xa0;»).</translation>
    </message>
    <message>
        <source>Write a French number with its leading 0 (“0 800 130 000”) or in international form (“+33 800 130 000”).</source>
        <translation>Écrivez un numéro français avec son 0 initial («&#xa0;0 800 130 000&#xa0;») ou sous forme internationale («&#xa0;+33 800 130 000&#xa0;»).</translation>
    </message>
    <message>
        <source>Check the number with the service; short numbers in use in France include 15, 112, 114, 119 and 3114.</source>
        <translation>Vérifiez le numéro auprès du service&#x202f;; parmi les numéros courts en service en France&#xa0;: 15, 112, 114, 119 et 3114.</translation>
    </message>
    <message>
        <source>Check the number with the service: no line uses these digits in the French numbering plan, or in the country of its code.</source>
        <translation>Vérifiez le numéro auprès du service&#xa0;: aucune ligne n’utilise ces chiffres dans le plan de numérotation français, ni dans le pays de son indicatif.</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>Show the settings in force, whether each is locked, and where it comes from.</source>
        <translation>Afficher les réglages en vigueur, s’ils sont verrouillés et leur provenance.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>helplines-cli policy: unexpected argument “%1”.</source>
        <translation>helplines-cli policy&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>System folder: %1</source>
        <translation>Dossier système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings in force:</source>
        <translation>Réglages en vigueur&#xa0;:</translation>
    </message>
    <message>
        <source>all</source>
        <extracomment>The value of the &quot;categories&quot; setting when no category is hidden</extracomment>
        <translation>toutes</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The value of the &quot;provisioningFile&quot; setting when there is none</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>non verrouillé</translation>
    </message>
    <message>
        <source>The provisioning file %1 is present.</source>
        <translation>Le fichier de provisionnement %1 est présent.</translation>
    </message>
    <message>
        <source>The provisioning file %1 is missing, although a setting names it.</source>
        <translation>Le fichier de provisionnement %1 est absent, bien qu’un réglage le désigne.</translation>
    </message>
    <message>
        <source>There is no provisioning file (%1 is absent).</source>
        <translation>Il n’y a pas de fichier de provisionnement (%1 est absent).</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>%1: absent</source>
        <translation>%1&#xa0;: absent</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n setting(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n réglage</numerusform>
            <numerusform>%1&#xa0;: %n réglages</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PolicySource</name>
    <message>
        <source>default</source>
        <extracomment>Where a setting comes from: Helplines&apos; own default</extracomment>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <source>the registry, %1</source>
        <extracomment>Where a setting comes from; %1 is a registry key</extracomment>
        <translation>le registre, %1</translation>
    </message>
    <message>
        <source>managed preferences, %1</source>
        <extracomment>Where a setting comes from on macOS; %1 is a .plist file</extracomment>
        <translation>les préférences gérées, %1</translation>
    </message>
    <message>
        <source>the user&apos;s choice</source>
        <extracomment>Where a setting comes from: the user chose it in the window&apos;s menu</extracomment>
        <translation>le choix de l’utilisateur</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
</context>
<context>
    <name>PolicySources</name>
    <message numerus="yes">
        <source>Your organisation&apos;s settings have %n error(s); the settings concerned keep their defaults. “helplines-cli policy” lists them.</source>
        <translation>
            <numerusform>Les réglages de votre organisation comportent %n erreur&#x202f;; les réglages concernés gardent leur valeur par défaut. «&#xa0;helplines-cli policy&#xa0;» la détaille.</numerusform>
            <numerusform>Les réglages de votre organisation comportent %n erreurs&#x202f;; les réglages concernés gardent leur valeur par défaut. «&#xa0;helplines-cli policy&#xa0;» les détaille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAvailability</name>
    <message>
        <source>Paris</source>
        <translation>Paris</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis-et-Futuna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A badge: headline and detail, e.g. &quot;Open now · until 18:00&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A badge read by a screen reader, e.g. &quot;Open now, until 18:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>Ouvert 24 h sur 24</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closing soon</source>
        <translation>Ferme bientôt</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Open now · until 18:00</extracomment>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>until %1 %2</source>
        <extracomment>Open now · until Monday 9:00</extracomment>
        <translation>jusqu’à %1 %2</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>opens at %1</source>
        <translation>ouvre à %1</translation>
    </message>
    <message>
        <source>opens tomorrow at %1</source>
        <translation>ouvre demain à %1</translation>
    </message>
    <message>
        <source>opens %1 at %2</source>
        <extracomment>Closed · opens Monday at 9:00</extracomment>
        <translation>ouvre %1 à %2</translation>
    </message>
    <message>
        <source>opens on %1 at %2</source>
        <extracomment>Closed · opens on 12 January at 9:00</extracomment>
        <translation>ouvre le %1 à %2</translation>
    </message>
    <message>
        <source>%1 (%2 in %3)</source>
        <extracomment>The service&apos;s local time and place after a time in the user&apos;s zone: &quot;(9:00 in Réunion)&quot;</extracomment>
        <translation>%1 (%2 heure de %3)</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <extracomment>A record whose facts were checked long ago: &quot;Last checked March 2025&quot;</extracomment>
        <translation>Vérifié en %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a date</comment>
        <extracomment>Open now · until 12 January</extracomment>
        <translation>jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>ServiceDirectory</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the services you added could not be read and is not shown. It is kept in Helplines&apos; data file.</source>
        <translation>
            <numerusform>%n des services que vous avez ajoutés n’a pas pu être lu et n’est pas affiché. Il est conservé dans le fichier de données de Helplines.</numerusform>
            <numerusform>%n des services que vous avez ajoutés n’ont pas pu être lus et ne sont pas affichés. Ils sont conservés dans le fichier de données de Helplines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation&apos;s services could not be loaded: %1 The services of the Helplines directory are shown without them. “helplines-cli check %2” explains why.</source>
        <translation>Les services de votre organisation n’ont pas pu être chargés&#xa0;: %1 Les services de l’annuaire de Helplines sont affichés sans eux. «&#xa0;helplines-cli check %2&#xa0;» en explique la raison.</translation>
    </message>
    <message numerus="yes">
        <source>Your organisation&apos;s directory file has %n error(s); the services concerned are left out or shown as the Helplines directory has them. “helplines-cli check %1” explains them.</source>
        <translation>
            <numerusform>Le fichier d’annuaire de votre organisation comporte %n erreur&#x202f;; les services concernés sont laissés de côté ou affichés tels que l’annuaire de Helplines les décrit. «&#xa0;helplines-cli check %1&#xa0;» l’explique.</numerusform>
            <numerusform>Le fichier d’annuaire de votre organisation comporte %n erreurs&#x202f;; les services concernés sont laissés de côté ou affichés tels que l’annuaire de Helplines les décrit. «&#xa0;helplines-cli check %1&#xa0;» les explique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organisation&apos;s settings show only its own services, but it provides none: %1 is missing. The services of the Helplines directory are shown.</source>
        <translation>Les réglages de votre organisation n’affichent que ses propres services, mais elle n’en fournit aucun&#xa0;: %1 est absent. Les services de l’annuaire de Helplines sont affichés.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <source>It is not a directory file.</source>
        <translation>Ce n’est pas un fichier d’annuaire.</translation>
    </message>
    <message>
        <source>%1 Your favourites and the services you added are not available.</source>
        <translation>%1 Vos favoris et les services que vous avez ajoutés ne sont pas disponibles.</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <source>Helplines&apos; data file was missing or empty. Your favourites, your own services and your settings were restored from the automatic backup of %1.</source>
        <translation>Le fichier de données de Helplines était absent ou vide. Vos favoris, vos propres services et vos réglages ont été restaurés à partir de la sauvegarde automatique du %1.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file was damaged.</source>
        <translation>Le fichier de données de Helplines était endommagé.</translation>
    </message>
    <message>
        <source>It was set aside as %1 and a new one was created.</source>
        <translation>Il a été mis de côté sous le nom %1 et un nouveau fichier a été créé.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file was written by a newer version of Helplines. It is left as it is for that version.</source>
        <translation>Le fichier de données de Helplines a été écrit par une version plus récente de Helplines. Il est laissé tel quel pour cette version.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file cannot be written: it is read-only.</source>
        <translation>Le fichier de données de Helplines ne peut pas être modifié&#xa0;: il est en lecture seule.</translation>
    </message>
    <message>
        <source>Your favourites, your own services and your settings were restored from the automatic backup of %1.</source>
        <translation>Vos favoris, vos propres services et vos réglages ont été restaurés à partir de la sauvegarde automatique du %1.</translation>
    </message>
    <message>
        <source>No backup of your favourites, own services and settings could be found.</source>
        <translation>Aucune sauvegarde de vos favoris, de vos propres services et de vos réglages n’a été trouvée.</translation>
    </message>
    <message>
        <source>Changes you make now will not be kept.</source>
        <translation>Les modifications que vous ferez maintenant ne seront pas conservées.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <source>Employee assistance</source>
        <translation>Soutien aux agents</translation>
    </message>
    <message>
        <source>Suicide prevention</source>
        <translation>Prévention du suicide</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Violences</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protection de l’enfance</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Addictions</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>Psychological support</source>
        <translation>Soutien psychologique</translation>
    </message>
    <message>
        <source>Deaf and hard of hearing</source>
        <translation>Sourds et malentendants</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Unverified information</source>
        <translation>Informations non vérifiées</translation>
    </message>
    <message>
        <source>May no longer be in service</source>
        <translation>N’existe peut-être plus</translation>
    </message>
    <message>
        <source>Cost not known</source>
        <translation>Coût inconnu</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Price of a normal call</source>
        <translation>Prix d’un appel normal</translation>
    </message>
    <message>
        <source>Premium rate</source>
        <translation>Surtaxé</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Tchat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <source>Cued speech</source>
        <translation>Langue française parlée complétée (LfPC)</translation>
    </message>
    <message>
        <source>Real-time text or subtitles</source>
        <translation>Transcription en temps réel ou sous-titres</translation>
    </message>
    <message>
        <source>Relay service</source>
        <translation>Service de relais</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Helplines directory</source>
        <translation>Annuaire Helplines</translation>
    </message>
    <message>
        <source>Provided by your organisation</source>
        <translation>Fourni par votre organisation</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajouté par vous</translation>
    </message>
    <message>
        <source>Anonymity not stated</source>
        <translation>Anonymat non précisé</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Not anonymous</source>
        <translation>Non anonyme</translation>
    </message>
    <message>
        <source>Your own</source>
        <extracomment>Scope of the services the user added for themselves</extracomment>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <source>Yours</source>
        <extracomment>Tag on the card of a service the user added</extracomment>
        <translation>À vous</translation>
    </message>
    <message>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <source>Moselle</source>
        <translation>Moselle</translation>
    </message>
    <message>
        <source>Bas-Rhin</source>
        <translation>Bas-Rhin</translation>
    </message>
    <message>
        <source>Haut-Rhin</source>
        <translation>Haut-Rhin</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>From your organisation</source>
        <extracomment>Tag on the card of a service that the user&apos;s organisation added or completed</extracomment>
        <translation>De votre organisation</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show everything about one service.</source>
        <translation>Affiche tout ce qui concerne un service.</translation>
    </message>
    <message>
        <source>The service&apos;s id, as “list” shows it.</source>
        <translation>L’identifiant du service, tel que «&#xa0;list&#xa0;» l’affiche.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Affiche un objet JSON.</translation>
    </message>
    <message>
        <source>helplines-cli show: give one service id, for example “helplines-cli show 3114”.</source>
        <translation>helplines-cli show&#xa0;: indiquez un identifiant de service, par exemple «&#xa0;helplines-cli show 3114&#xa0;».</translation>
    </message>
    <message>
        <source>helplines-cli show: no service has the id “%1”; “helplines-cli list” shows the ids.</source>
        <translation>helplines-cli show&#xa0;: aucun service n’a l’identifiant «&#xa0;%1&#xa0;»&#x202f;; «&#xa0;helplines-cli list&#xa0;» affiche les identifiants.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>Géré par&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>dial %1</source>
        <translation>composer le %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût&#xa0;:</translation>
    </message>
    <message>
        <source>Anonymity:</source>
        <translation>Anonymat&#xa0;:</translation>
    </message>
    <message>
        <source>Deaf and hard of hearing:</source>
        <translation>Sourds et malentendants&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Listed by:</source>
        <translation>Référencé par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The folder for Helplines&apos; data could not be created.</source>
        <translation>Le dossier des données de Helplines n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file could not be opened.</source>
        <translation>Le fichier de données de Helplines n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file is damaged.</source>
        <translation>Le fichier de données de Helplines est endommagé.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file was written by a newer version of Helplines.</source>
        <translation>Le fichier de données de Helplines a été écrit par une version plus récente de Helplines.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file cannot be written: it is read-only.</source>
        <translation>Le fichier de données de Helplines ne peut pas être modifié&#xa0;: il est en lecture seule.</translation>
    </message>
    <message>
        <source>Helplines&apos; data could not be saved: the disk is full.</source>
        <translation>Les données de Helplines n’ont pas pu être enregistrées&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Helplines&apos; data file is in use by another program; try again in a moment.</source>
        <translation>Le fichier de données de Helplines est utilisé par un autre programme&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Helplines&apos; data could not be read or saved.</source>
        <translation>Les données de Helplines n’ont pas pu être lues ou enregistrées.</translation>
    </message>
</context>
<context>
    <name>WeekSchedule</name>
    <message>
        <source>%1 (today)</source>
        <extracomment>A day of the week schedule: &quot;Monday 12 January (today)&quot;</extracomment>
        <translation>%1 (aujourd’hui)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 h sur 24</translation>
    </message>
    <message>
        <source>%1 to %2 the next day</source>
        <extracomment>A night opening: &quot;20:00 to 2:00 the next day&quot;</extracomment>
        <translation>de %1 à %2 le lendemain</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>An opening within a day: &quot;9:00 to 18:00&quot;</extracomment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1 (end not known)</source>
        <extracomment>An opening whose end is not known: &quot;17:00 to about 3:00 (end not known)&quot;</extracomment>
        <translation>%1 (heure de fin inconnue)</translation>
    </message>
    <message>
        <source>%1 (hours uncertain)</source>
        <translation>%1 (horaires incertains)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the openings of one day: &quot;9:00 to 12:00, 14:00 to 18:00&quot;</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Free psychological support lines, and whether they answer now.</source>
        <translation>Les lignes d’écoute et de soutien psychologique gratuites, et celles qui répondent maintenant.</translation>
    </message>
    <message>
        <source>Language of the window: fr or en.</source>
        <translation>Langue de la fenêtre&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or the platform&apos;s data folder).</source>
        <translation>Dossier des données de l’utilisateur (par défaut&#xa0;: HELPLINES_DATA_DIR, ou le dossier de données du système).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>A directory file to use instead of the bundled one.</source>
        <translation>Un fichier d’annuaire à utiliser à la place de l’annuaire intégré.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>helplines: unknown language “%1”: use --lang fr or --lang en.
</source>
        <translation>helplines&#xa0;: langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez --lang fr ou --lang en.
</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Lignes d’écoute</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>L’annuaire n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: helplines-cli [options] &lt;command&gt; [command options]

Free psychological support lines, and whether they answer now.

Commands:
</source>
        <translation>Utilisation&#xa0;: helplines-cli [options] &lt;commande&gt; [options de la commande]

Les lignes d’écoute et de soutien psychologique gratuites, et celles qui répondent maintenant.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options of every command (before or after the command):
  --lang fr|en       language of the output (default: the system&apos;s)
  --data-dir FOLDER  folder of the user&apos;s data (default: HELPLINES_DATA_DIR, or
                     the platform&apos;s data folder)
  --directory FILE   a directory file to use instead of the bundled one
  -h, --help         this help, or a command&apos;s help after its name
  --version          the version

Exit codes: 0 success, 1 problems found or data unreadable, 2 wrong command line.
</source>
        <translation>
Options de toutes les commandes (avant ou après la commande)&#xa0;:
  --lang fr|en          langue de la sortie (par défaut&#xa0;: celle du système)
  --data-dir DOSSIER    dossier des données de l’utilisateur (par défaut&#xa0;:
                        HELPLINES_DATA_DIR, ou le dossier de données du système)
  --directory FICHIER   un fichier d’annuaire à utiliser à la place de l’annuaire
                        intégré
  -h, --help            cette aide, ou l’aide d’une commande après son nom
  --version             la version

Codes de sortie&#xa0;: 0 succès, 1 problèmes trouvés ou données illisibles, 2 ligne de
commande incorrecte.
</translation>
    </message>
    <message>
        <source>helplines-cli: unknown command “%1”. Try “helplines-cli --help”.</source>
        <translation>helplines-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Essayez «&#xa0;helplines-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>Show the services as at this instant (ISO 8601 with an offset, e.g. 2026-01-12T09:00+01:00), for demonstrations.</source>
        <translation>Affiche les services tels qu’à cet instant (ISO 8601 avec décalage, par exemple 2026-01-12T09:00+01:00), pour les démonstrations.</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>helplines: “%1” is not an instant: use ISO 8601 with an offset, e.g. 2026-01-12T09:00+01:00.
</source>
        <translation>helplines&#xa0;: «&#xa0;%1&#xa0;» n’est pas un instant&#xa0;: utilisez l’ISO 8601 avec décalage, par exemple 2026-01-12T09:00+01:00.
</translation>
    </message>
    <message>
        <source>helplines: the language is set by your organisation; --lang is ignored.
</source>
        <translation>helplines&#xa0;: la langue est fixée par votre organisation&#x202f;; --lang est ignoré.
</translation>
    </message>
    <message>
        <source>
The organisation&apos;s settings (policies.json) and provisioning file (directory.json) are read from %1, or from the folder in HELPLINES_SYSTEM_DIR (then without the registry or managed preferences).
</source>
        <translation>
Les réglages de l’organisation (policies.json) et le fichier de provisionnement (directory.json) sont lus dans %1, ou dans le dossier indiqué par HELPLINES_SYSTEM_DIR (sans le registre ni les préférences gérées dans ce cas).
</translation>
    </message>
</context>
</TS>

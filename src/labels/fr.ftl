### French (fr): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed.

contents = Sommaire
page = Page
imprint = Mentions légales
publisher = Éditeur
contact = Contact
date = Mise à jour
issue = Numéro
not-translated = Pas encore traduit
outdated = Texte allemand modifié – traduction en cours de vérification
view = Affichage
view-both = Les deux langues
view-source = Allemand uniquement
view-target = Français uniquement
download-pdf = Télécharger le PDF
online = Lire en ligne
publications = Publications
editions = Langues
skip-to-content = Aller au contenu
fact-date = Date
fact-time = Heure
fact-place = Lieu
fact-registration = Inscription
fact-cost = Tarif
fact-contact = Contact
qr-caption = Inscription et informations en ligne
home-title = Informations dans votre langue
home-intro = Vous trouverez ici toutes les publications disponibles dans votre langue. Le texte allemand et la traduction sont présentés côte à côte, paragraphe par paragraphe.
all-languages = Toutes les langues
choose-language = Choisissez votre langue
complete = Entièrement traduit
partly-translated = Partiellement traduit – certains paragraphes sont encore en allemand
no-publications = Il n’y a pour l’instant aucune publication dans cette langue.

### Spanish (es): Built-in tandem layout labels.
### A native speaker has not checked these labels yet; please have them reviewed. In particular, the 15 newer keys (home-title to no-publications, fact-phone to fact-interpreter, and reviewed to notice-qr) still need a native check.

contents = Índice
page = Página
# note: "Pie de imprenta" is the print term for an imprint; "Aviso legal" is the web term and may be more familiar to readers.
imprint = Pie de imprenta
publisher = Edita
contact = Contacto
date = Última actualización
issue = Número
not-translated = Todavía sin traducir
outdated = Texto alemán modificado – traducción en revisión
view = Vista
view-both = Ambos idiomas
view-source = Solo alemán
view-target = Solo español
download-pdf = Descargar PDF
online = Leer en línea
publications = Publicaciones
editions = Idiomas
skip-to-content = Saltar al contenido
fact-date = Fecha
fact-time = Hora
fact-place = Lugar
fact-registration = Inscripción
fact-cost = Precio
fact-contact = Contacto
fact-phone = Teléfono
fact-email = Correo electrónico
fact-deadline = Fecha límite de inscripción
fact-interpreter = Interpretación
qr-caption = Inscripción e información en línea
home-title = Información en su idioma
home-intro = Aquí encontrará todas las publicaciones disponibles en su idioma. El texto alemán y la traducción aparecen uno al lado del otro, párrafo por párrafo.
all-languages = Todos los idiomas
choose-language = Elija su idioma
complete = Traducción completa
partly-translated = Traducción parcial – algunos párrafos siguen en alemán
no-publications = Por el momento no hay publicaciones en este idioma.
reviewed = Revisado por una segunda persona
partly-reviewed = Traducido – aún falta la revisión por una segunda persona
notice-languages = Esta información está disponible en estos idiomas
notice-qr = Todos los idiomas y publicaciones en línea

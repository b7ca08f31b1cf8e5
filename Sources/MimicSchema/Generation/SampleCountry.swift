/// A country as sample data shows it, with what goes with it (its code, cities, postal codes, phone numbers,
/// currency, language and time zone), so that one entity's address, phone and locale agree.
struct SampleCountry: Sendable {
    /// The English short name (`Germany`).
    var name: String
    /// ISO 3166-1 alpha-2 (`DE`).
    var code: String
    /// The international calling code, without `+` (`49`).
    var callingCode: String
    /// ISO 4217 (`EUR`).
    var currency: String
    /// A BCP 47 tag (`de-DE`); its language is the first part.
    var locale: String
    /// The IANA time zone of its cities.
    var timeZone: String
    /// The shape of a postal code: `#` a digit, `A` a capital letter, anything else as it is.
    var postalCodeShape: String
    /// Cities, each with its region (state, province, county).
    var places: [(city: String, region: String)]

    /// The language of ``locale`` (`de`).
    var language: String {
        String(locale.prefix { $0 != "-" })
    }

    static let all: [SampleCountry] = [
        SampleCountry(name: "United States", code: "US", callingCode: "1", currency: "USD", locale: "en-US",
                      timeZone: "America/Chicago", postalCodeShape: "#####",
                      places: [("Austin", "Texas"), ("Denver", "Colorado"), ("Portland", "Oregon"), ("Madison", "Wisconsin")]),
        SampleCountry(name: "Canada", code: "CA", callingCode: "1", currency: "CAD", locale: "en-CA",
                      timeZone: "America/Toronto", postalCodeShape: "A#A #A#",
                      places: [("Toronto", "Ontario"), ("Ottawa", "Ontario"), ("Halifax", "Nova Scotia")]),
        SampleCountry(name: "United Kingdom", code: "GB", callingCode: "44", currency: "GBP", locale: "en-GB",
                      timeZone: "Europe/London", postalCodeShape: "AA# #AA",
                      places: [("Leeds", "England"), ("Bristol", "England"), ("Glasgow", "Scotland"), ("Cardiff", "Wales")]),
        SampleCountry(name: "Ireland", code: "IE", callingCode: "353", currency: "EUR", locale: "en-IE",
                      timeZone: "Europe/Dublin", postalCodeShape: "A## A#A#",
                      places: [("Dublin", "Leinster"), ("Cork", "Munster"), ("Galway", "Connacht")]),
        SampleCountry(name: "Germany", code: "DE", callingCode: "49", currency: "EUR", locale: "de-DE",
                      timeZone: "Europe/Berlin", postalCodeShape: "#####",
                      places: [("Hamburg", "Hamburg"), ("Leipzig", "Saxony"), ("Freiburg", "Baden-Württemberg"), ("Cologne", "North Rhine-Westphalia")]),
        SampleCountry(name: "France", code: "FR", callingCode: "33", currency: "EUR", locale: "fr-FR",
                      timeZone: "Europe/Paris", postalCodeShape: "#####",
                      places: [("Lyon", "Auvergne-Rhône-Alpes"), ("Nantes", "Pays de la Loire"), ("Lille", "Hauts-de-France")]),
        SampleCountry(name: "Spain", code: "ES", callingCode: "34", currency: "EUR", locale: "es-ES",
                      timeZone: "Europe/Madrid", postalCodeShape: "#####",
                      places: [("Valencia", "Valencia"), ("Seville", "Andalusia"), ("Bilbao", "Basque Country")]),
        SampleCountry(name: "Italy", code: "IT", callingCode: "39", currency: "EUR", locale: "it-IT",
                      timeZone: "Europe/Rome", postalCodeShape: "#####",
                      places: [("Turin", "Piedmont"), ("Bologna", "Emilia-Romagna"), ("Florence", "Tuscany")]),
        SampleCountry(name: "Netherlands", code: "NL", callingCode: "31", currency: "EUR", locale: "nl-NL",
                      timeZone: "Europe/Amsterdam", postalCodeShape: "#### AA",
                      places: [("Utrecht", "Utrecht"), ("Rotterdam", "South Holland"), ("Groningen", "Groningen")]),
        SampleCountry(name: "Sweden", code: "SE", callingCode: "46", currency: "SEK", locale: "sv-SE",
                      timeZone: "Europe/Stockholm", postalCodeShape: "### ##",
                      places: [("Gothenburg", "Västra Götaland"), ("Uppsala", "Uppsala"), ("Malmö", "Skåne")]),
        SampleCountry(name: "Japan", code: "JP", callingCode: "81", currency: "JPY", locale: "ja-JP",
                      timeZone: "Asia/Tokyo", postalCodeShape: "###-####",
                      places: [("Osaka", "Osaka"), ("Sapporo", "Hokkaido"), ("Fukuoka", "Fukuoka")]),
        SampleCountry(name: "Australia", code: "AU", callingCode: "61", currency: "AUD", locale: "en-AU",
                      timeZone: "Australia/Sydney", postalCodeShape: "####",
                      places: [("Sydney", "New South Wales"), ("Melbourne", "Victoria"), ("Brisbane", "Queensland")]),
        SampleCountry(name: "Brazil", code: "BR", callingCode: "55", currency: "BRL", locale: "pt-BR",
                      timeZone: "America/Sao_Paulo", postalCodeShape: "#####-###",
                      places: [("Curitiba", "Paraná"), ("Recife", "Pernambuco"), ("Campinas", "São Paulo")]),
        SampleCountry(name: "India", code: "IN", callingCode: "91", currency: "INR", locale: "en-IN",
                      timeZone: "Asia/Kolkata", postalCodeShape: "######",
                      places: [("Pune", "Maharashtra"), ("Jaipur", "Rajasthan"), ("Kochi", "Kerala")]),
    ]
}

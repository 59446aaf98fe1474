//! Currencies (ISO 4217 alphabetic codes with their names, 178 entries) and the one place where
//! Mexico's customs systems differ: Anexo 22 Apéndice 5 writes the peso "MXP", CFDI and
//! Comercio Exterior write "MXN".

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    pub code: &'static str,
    pub name: &'static str,
}

const fn c(code: &'static str, name: &'static str) -> Currency {
    Currency { code, name }
}

pub(crate) static CURRENCIES: [Currency; 178] = [
    c("AED", "UAE Dirham"),
    c("AFN", "Afghani"),
    c("ALL", "Lek"),
    c("AMD", "Armenian Dram"),
    c("AOA", "Kwanza"),
    c("ARS", "Argentine Peso"),
    c("AUD", "Australian Dollar"),
    c("AWG", "Aruban Florin"),
    c("AZN", "Azerbaijan Manat"),
    c("BAM", "Convertible Mark"),
    c("BBD", "Barbados Dollar"),
    c("BDT", "Taka"),
    c("BHD", "Bahraini Dinar"),
    c("BIF", "Burundi Franc"),
    c("BMD", "Bermudian Dollar"),
    c("BND", "Brunei Dollar"),
    c("BOB", "Boliviano"),
    c("BOV", "Mvdol"),
    c("BRL", "Brazilian Real"),
    c("BSD", "Bahamian Dollar"),
    c("BTN", "Ngultrum"),
    c("BWP", "Pula"),
    c("BYN", "Belarusian Ruble"),
    c("BZD", "Belize Dollar"),
    c("CAD", "Canadian Dollar"),
    c("CDF", "Congolese Franc"),
    c("CHE", "WIR Euro"),
    c("CHF", "Swiss Franc"),
    c("CHW", "WIR Franc"),
    c("CLF", "Unidad de Fomento"),
    c("CLP", "Chilean Peso"),
    c("CNY", "Yuan Renminbi"),
    c("COP", "Colombian Peso"),
    c("COU", "Unidad de Valor Real"),
    c("CRC", "Costa Rican Colon"),
    c("CUP", "Cuban Peso"),
    c("CVE", "Cabo Verde Escudo"),
    c("CZK", "Czech Koruna"),
    c("DJF", "Djibouti Franc"),
    c("DKK", "Danish Krone"),
    c("DOP", "Dominican Peso"),
    c("DZD", "Algerian Dinar"),
    c("EGP", "Egyptian Pound"),
    c("ERN", "Nakfa"),
    c("ETB", "Ethiopian Birr"),
    c("EUR", "Euro"),
    c("FJD", "Fiji Dollar"),
    c("FKP", "Falkland Islands Pound"),
    c("GBP", "Pound Sterling"),
    c("GEL", "Lari"),
    c("GHS", "Ghana Cedi"),
    c("GIP", "Gibraltar Pound"),
    c("GMD", "Dalasi"),
    c("GNF", "Guinean Franc"),
    c("GTQ", "Quetzal"),
    c("GYD", "Guyana Dollar"),
    c("HKD", "Hong Kong Dollar"),
    c("HNL", "Lempira"),
    c("HTG", "Gourde"),
    c("HUF", "Forint"),
    c("IDR", "Rupiah"),
    c("ILS", "New Israeli Sheqel"),
    c("INR", "Indian Rupee"),
    c("IQD", "Iraqi Dinar"),
    c("IRR", "Iranian Rial"),
    c("ISK", "Iceland Krona"),
    c("JMD", "Jamaican Dollar"),
    c("JOD", "Jordanian Dinar"),
    c("JPY", "Yen"),
    c("KES", "Kenyan Shilling"),
    c("KGS", "Som"),
    c("KHR", "Riel"),
    c("KMF", "Comorian Franc"),
    c("KPW", "North Korean Won"),
    c("KRW", "Won"),
    c("KWD", "Kuwaiti Dinar"),
    c("KYD", "Cayman Islands Dollar"),
    c("KZT", "Tenge"),
    c("LAK", "Lao Kip"),
    c("LBP", "Lebanese Pound"),
    c("LKR", "Sri Lanka Rupee"),
    c("LRD", "Liberian Dollar"),
    c("LSL", "Loti"),
    c("LYD", "Libyan Dinar"),
    c("MAD", "Moroccan Dirham"),
    c("MDL", "Moldovan Leu"),
    c("MGA", "Malagasy Ariary"),
    c("MKD", "Denar"),
    c("MMK", "Kyat"),
    c("MNT", "Tugrik"),
    c("MOP", "Pataca"),
    c("MRU", "Ouguiya"),
    c("MUR", "Mauritius Rupee"),
    c("MVR", "Rufiyaa"),
    c("MWK", "Malawi Kwacha"),
    c("MXN", "Mexican Peso"),
    c("MXV", "Mexican Unidad de Inversion (UDI)"),
    c("MYR", "Malaysian Ringgit"),
    c("MZN", "Mozambique Metical"),
    c("NAD", "Namibia Dollar"),
    c("NGN", "Naira"),
    c("NIO", "Cordoba Oro"),
    c("NOK", "Norwegian Krone"),
    c("NPR", "Nepalese Rupee"),
    c("NZD", "New Zealand Dollar"),
    c("OMR", "Rial Omani"),
    c("PAB", "Balboa"),
    c("PEN", "Sol"),
    c("PGK", "Kina"),
    c("PHP", "Philippine Peso"),
    c("PKR", "Pakistan Rupee"),
    c("PLN", "Zloty"),
    c("PYG", "Guarani"),
    c("QAR", "Qatari Rial"),
    c("RON", "Romanian Leu"),
    c("RSD", "Serbian Dinar"),
    c("RUB", "Russian Ruble"),
    c("RWF", "Rwanda Franc"),
    c("SAR", "Saudi Riyal"),
    c("SBD", "Solomon Islands Dollar"),
    c("SCR", "Seychelles Rupee"),
    c("SDG", "Sudanese Pound"),
    c("SEK", "Swedish Krona"),
    c("SGD", "Singapore Dollar"),
    c("SHP", "Saint Helena Pound"),
    c("SLE", "Leone"),
    c("SOS", "Somali Shilling"),
    c("SRD", "Surinam Dollar"),
    c("SSP", "South Sudanese Pound"),
    c("STN", "Dobra"),
    c("SVC", "El Salvador Colon"),
    c("SYP", "Syrian Pound"),
    c("SZL", "Lilangeni"),
    c("THB", "Baht"),
    c("TJS", "Somoni"),
    c("TMT", "Turkmenistan New Manat"),
    c("TND", "Tunisian Dinar"),
    c("TOP", "Pa’anga"),
    c("TRY", "Turkish Lira"),
    c("TTD", "Trinidad and Tobago Dollar"),
    c("TWD", "New Taiwan Dollar"),
    c("TZS", "Tanzanian Shilling"),
    c("UAH", "Hryvnia"),
    c("UGX", "Uganda Shilling"),
    c("USD", "US Dollar"),
    c("USN", "US Dollar (Next day)"),
    c("UYI", "Uruguay Peso en Unidades Indexadas (UI)"),
    c("UYU", "Peso Uruguayo"),
    c("UYW", "Unidad Previsional"),
    c("UZS", "Uzbekistan Sum"),
    c("VED", "Bolívar Soberano"),
    c("VES", "Bolívar Soberano"),
    c("VND", "Dong"),
    c("VUV", "Vatu"),
    c("WST", "Tala"),
    c("XAD", "Arab Accounting Dinar"),
    c("XAF", "CFA Franc BEAC"),
    c("XAG", "Silver"),
    c("XAU", "Gold"),
    c("XBA", "Bond Markets Unit European Composite Unit (EURCO)"),
    c("XBB", "Bond Markets Unit European Monetary Unit (E.M.U.-6)"),
    c("XBC", "Bond Markets Unit European Unit of Account 9 (E.U.A.-9)"),
    c("XBD", "Bond Markets Unit European Unit of Account 17 (E.U.A.-17)"),
    c("XCD", "East Caribbean Dollar"),
    c("XCG", "Caribbean Guilder"),
    c("XDR", "SDR (Special Drawing Right)"),
    c("XOF", "CFA Franc BCEAO"),
    c("XPD", "Palladium"),
    c("XPF", "CFP Franc"),
    c("XPT", "Platinum"),
    c("XSU", "Sucre"),
    c("XTS", "Codes specifically reserved for testing purposes"),
    c("XUA", "ADB Unit of Account"),
    c("XXX", "The codes assigned for transactions where no currency is involved"),
    c("YER", "Yemeni Rial"),
    c("ZAR", "Rand"),
    c("ZMW", "Zambian Kwacha"),
    c("ZWG", "Zimbabwe Gold"),
];

/// The code the pedimento uses for an ISO 4217 currency (Apéndice 5): MXN becomes MXP.
pub fn pedimento_currency_code(iso: &str) -> &str {
    if iso == "MXN" {
        "MXP"
    } else {
        iso
    }
}

/// The ISO 4217 code for a pedimento currency code: MXP becomes MXN.
pub fn iso_currency_code(pedimento: &str) -> &str {
    if pedimento == "MXP" {
        "MXN"
    } else {
        pedimento
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peso_mapping_and_lookup() {
        assert_eq!(pedimento_currency_code("MXN"), "MXP");
        assert_eq!(pedimento_currency_code("USD"), "USD");
        assert_eq!(iso_currency_code("MXP"), "MXN");
        let r = crate::reference::Reference::builtin();
        assert!(r.currency("USD").is_some() && r.currency("MXN").is_some() && r.currency("CAD").is_some());
        assert!(r.currency("MXP").is_none(), "MXP is not ISO 4217");
    }
}

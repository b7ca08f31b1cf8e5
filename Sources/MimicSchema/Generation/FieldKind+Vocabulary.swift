extension FieldKind {
    /// The kinds the last words of a name stand for, the words joined by spaces (`postal code`, `first name`): the
    /// longest match wins, so `content_type` is a media type and `content` a sentence.
    static let bySuffix: [String: FieldKind] = [
        "id": .identifier, "uuid": .uuid, "guid": .uuid, "uid": .uuid,
        "name": .name,
        "first name": .firstName, "firstname": .firstName, "given name": .firstName, "forename": .firstName, "fname": .firstName,
        "last name": .lastName, "lastname": .lastName, "surname": .lastName, "family name": .lastName, "lname": .lastName,
        "full name": .fullName, "fullname": .fullName, "display name": .fullName, "displayname": .fullName,
        "contact name": .fullName, "author": .fullName, "assignee": .fullName, "owner": .fullName,
        "username": .username, "user name": .username, "login": .username, "handle": .username,
        "screen name": .username, "nickname": .username,
        "initials": .initials,
        "email": .email, "email address": .email, "mail": .email,
        "company": .company, "organization": .company, "organisation": .company, "employer": .company,
        "job title": .jobTitle, "job": .jobTitle, "occupation": .jobTitle,
        "street": .streetAddress, "street address": .streetAddress, "address": .streetAddress,
        "address line1": .streetAddress, "address line 1": .streetAddress, "address1": .streetAddress,
        "line1": .streetAddress, "street1": .streetAddress,
        "address line2": .secondaryAddress, "address line 2": .secondaryAddress, "address2": .secondaryAddress,
        "line2": .secondaryAddress, "street2": .secondaryAddress, "suite": .secondaryAddress,
        "city": .city, "town": .city, "locality": .city,
        "zip": .postalCode, "zipcode": .postalCode, "zip code": .postalCode, "postal code": .postalCode,
        "postcode": .postalCode, "postalcode": .postalCode,
        "country": .country, "country name": .country,
        "country code": .countryCode, "countrycode": .countryCode, "country iso": .countryCode,
        "region": .region, "province": .region, "county": .region,
        "latitude": .latitude, "lat": .latitude, "longitude": .longitude, "lng": .longitude, "lon": .longitude, "long": .longitude,
        "phone": .phone, "phone number": .phone, "phonenumber": .phone, "mobile": .phone, "telephone": .phone,
        "tel": .phone, "fax": .phone, "cell": .phone,
        "url": .url, "uri": .url, "href": .url, "link": .url, "permalink": .url,
        "website": .website, "homepage": .website, "web site": .website,
        "image": .imageURL, "avatar": .imageURL, "photo": .imageURL, "picture": .imageURL, "thumbnail": .imageURL,
        "logo": .imageURL, "icon": .imageURL,
        "domain": .domain, "domain name": .domain, "hostname": .domain, "host": .domain,
        "ip": .ipAddress, "ip address": .ipAddress, "ipaddress": .ipAddress, "ipv4": .ipAddress, "ipv6": .ipv6Address,
        "mac": .macAddress, "mac address": .macAddress, "macaddress": .macAddress,
        "currency": .currency, "currency code": .currency,
        "price": .price, "amount": .price, "cost": .price, "balance": .price, "subtotal": .price, "fee": .price,
        "salary": .price, "tax": .price,
        "percent": .percentage, "percentage": .percentage, "pct": .percentage,
        "color": .color, "colour": .color,
        "file name": .fileName, "filename": .fileName, "file": .fileName,
        "extension": .fileExtension, "file extension": .fileExtension, "ext": .fileExtension,
        "mime type": .mimeType, "mimetype": .mimeType, "mime": .mimeType, "content type": .mimeType, "media type": .mimeType,
        "size": .byteSize, "bytes": .byteSize, "filesize": .byteSize, "size bytes": .byteSize, "byte size": .byteSize,
        "version": .version, "semver": .version,
        "md5": .hash(digits: 32), "sha1": .hash(digits: 40), "sha256": .hash(digits: 64), "sha512": .hash(digits: 128),
        "hash": .hash(digits: 64), "checksum": .hash(digits: 64), "digest": .hash(digits: 64), "fingerprint": .hash(digits: 40),
        "etag": .hash(digits: 32), "commit": .hash(digits: 40), "commit sha": .hash(digits: 40), "sha": .hash(digits: 40),
        "product": .productName, "product name": .productName,
        "description": .sentence, "summary": .sentence, "notes": .sentence, "note": .sentence, "comment": .sentence,
        "comments": .sentence, "bio": .sentence, "about": .sentence, "message": .sentence, "body": .sentence,
        "content": .sentence, "text": .sentence, "details": .sentence,
        "title": .title, "headline": .title, "subject": .title, "caption": .title,
        "tag": .tag, "tags": .tag, "label": .tag, "labels": .tag, "keyword": .tag, "keywords": .tag,
        "category": .tag, "categories": .tag,
        "status": .status, "state": .status, "result": .status, "outcome": .status,
        "frequency": .frequency, "schedule": .frequency, "recurrence": .frequency,
        "path": .filePath, "file path": .filePath, "filepath": .filePath, "directory": .filePath, "folder": .filePath,
        "format": .fileExtension, "file format": .fileExtension,
        "language": .language, "lang": .language, "language code": .language,
        "locale": .locale, "timezone": .timeZone, "time zone": .timeZone, "tz": .timeZone,
        "duration": .duration, "timeout": .duration, "ttl": .duration, "interval": .duration, "elapsed": .duration,
        "at": .dateTime, "datetime": .dateTime, "date time": .dateTime, "timestamp": .dateTime, "last login": .dateTime,
        "time": .dateTime,
        "expires": .dateTime, "expiry": .dateTime, "expiration": .dateTime,
        "date": .date,
        "created": .created, "created at": .created, "created on": .created, "creation date": .created,
        "created date": .created, "date created": .created, "created time": .created, "inserted at": .created,
        "updated": .updated, "updated at": .updated, "updated on": .updated, "modified": .updated,
        "modified at": .updated, "last modified": .updated, "last updated": .updated, "date modified": .updated,
        "changed at": .updated,
        "start": .start, "start at": .start, "starts at": .start, "start date": .start, "start time": .start,
        "started at": .start, "begins at": .start, "valid from": .start,
        "end": .end, "end at": .end, "ends at": .end, "end date": .end, "end time": .end, "ended at": .end,
        "finished at": .end, "valid until": .end,
        "birth date": .birthDate, "birthdate": .birthDate, "date of birth": .birthDate, "dob": .birthDate,
        "birthday": .birthDate,
        "age": .age, "year": .year, "rating": .rating, "stars": .rating, "port": .port,
        "count": .count, "total": .count, "quantity": .count, "qty": .count, "total count": .count,
        "total items": .count, "total results": .count, "total elements": .count,
        "page": .page, "current page": .page, "page number": .page,
        "per page": .pageSize, "perpage": .pageSize, "page size": .pageSize, "pagesize": .pageSize, "limit": .pageSize,
        "total pages": .totalPages, "totalpages": .totalPages, "page count": .totalPages, "pages": .totalPages,
        "enabled": .flag, "published": .flag, "active": .flag, "flag": .flag, "disabled": .flag, "deleted": .flag,
        "archived": .flag, "verified": .flag, "visible": .flag, "hidden": .flag, "locked": .flag, "confirmed": .flag,
        "approved": .flag, "featured": .flag, "paid": .flag,
        "token": .token, "api key": .token, "apikey": .token, "secret": .token,
        "type": .kind, "kind": .kind,
    ]

    /// First words that make a name a yes-or-no question (`is_active`, `force_full`), whatever follows.
    static let flagPrefixes: Set<String> = [
        "is", "has", "can", "should", "was", "did", "force", "allow", "enable", "disable", "include", "use", "skip",
        "auto", "show", "hide", "needs", "must", "requires", "send", "notify",
    ]

    /// Words that name a person: `name` beside one (`customer_name`, `owner.name`, `users/{id}.name`) is a full name.
    static let people: Set<String> = [
        "user", "customer", "person", "people", "employee", "member", "contact", "author", "owner", "admin",
        "student", "patient", "client", "assignee", "reporter", "sender", "recipient", "creator", "manager",
        "buyer", "seller", "driver", "guest", "subscriber", "player", "profile", "friend", "follower", "agent",
        "teacher", "doctor", "applicant", "candidate", "speaker", "attendee", "reviewer", "approver", "account holder",
    ]

    /// Words that name a company: `name` beside one is a company's.
    static let companies: Set<String> = [
        "company", "organization", "organisation", "org", "vendor", "supplier", "tenant", "employer", "business",
        "merchant", "brand", "manufacturer", "publisher", "partner", "carrier",
    ]

    /// Words that name a product: `name` beside one is a product's.
    static let products: Set<String> = ["product", "sku", "article", "merchandise", "good"]

    /// Words that name a file: `name` beside one is a file name.
    static let files: Set<String> = ["file", "attachment", "document", "upload", "asset", "artifact"]

    /// Last words that say how a value is written, not what it is (`created_at_iso`, `amount_str`): a name ending in
    /// one means what it means without it.
    static let spellings: Set<String> = ["iso", "utc", "gmt", "str", "string", "text", "formatted", "raw"]

    /// Words that make a `*_time` a span rather than a moment (`response_time`, `elapsedTime`).
    static let spans: Set<String> = [
        "response", "processing", "elapsed", "run", "running", "execution", "wait", "waiting", "cpu", "up", "down",
        "idle", "travel", "lead", "cycle", "transfer", "average", "avg", "mean", "median", "total", "max", "min",
        "load", "render", "build", "compute", "queue", "latency",
    ]

    /// Words that make a `state` part of an address (`billing_state`, `address.state`): a region, not a status.
    static let addresses: Set<String> = ["address", "billing", "shipping", "mailing", "home", "postal", "delivery", "location"]

    /// Words that say a link (`avatar_url`, `photo_link`) shows an image.
    static let images: Set<String> = ["image", "avatar", "photo", "picture", "thumbnail", "logo", "icon", "cover", "banner"]
}

import MimicHTTPTypes

extension EventLoop {
    /// A connection of this loop another loop claimed in the ledger, to be closed to make room for `newcomer`,
    /// which this loop then serves in its place, having made `attempt` claims so far (nil when the room is for
    /// a descriptor, the process having run out).
    struct Eviction {
        let claim: ConnectionLedger.Claim
        let newcomer: Int32?
        let attempt: Int
    }

    /// A new client waiting for room (``makeRoom(for:attempt:awaitingSince:)``), with the claims it made so far and
    /// since when it waits.
    struct AwaitingRoom {
        let client: Int32
        let attempt: Int
        let since: ContinuousClock.Instant
    }

    /// A client another loop admitted, for this one to serve, and when it was admitted: from then on it counts
    /// in the ledger as waiting for its first request, so that it can be claimed before it is adopted.
    struct Adoption {
        let client: Int32
        let admitted: ContinuousClock.Instant
    }

    /// Accepts a pending client, one per wake-up (the listener, level-triggered, is reported again while clients
    /// wait), and serves it or hands it to the first loop that keeps up (see ``serve(_:)``). When every place is
    /// taken, the connection of any loop waiting longest for a request head makes room (see
    /// ``makeRoom(for:attempt:awaitingSince:)``). Running out of descriptors also closes a waiting connection,
    /// else pauses accepting.
    func acceptClient() {
        guard let client = Socket.acceptClient(group.listener) else {
            if SystemError.isResourceShortage(SystemError.current), !makeRoomForADescriptor() {
                acceptPausedUntil = clock.now.advanced(by: .milliseconds(100))
                listen(false)
            }
            return
        }
        if group.ledger.reserveConnection() {
            serve(client)
        } else {
            makeRoom(for: client, attempt: 0)
        }
    }

    /// Closes the connection waiting longest for a request head, of any loop, and serves `client` in its place,
    /// on that connection's loop: at once when it is this loop's, else the client goes with the claim to its
    /// loop (``evict(_:)``), in one hand-off. A claimed connection that turns out to be busy (its loop reads
    /// what it had received first) is passed over for the next; after a few, or when none waits, the client is
    /// answered 503 (or closed at once, beyond `maxRefusedConnections`).
    ///
    /// When none waits but claims of other loops are on their way, each freeing a place for a client that can be
    /// claimed in turn, the client waits for one (see ``awaitingRoom``) rather than being refused: a burst of new
    /// clients on a full server must not outrun the loops that make room.
    private func makeRoom(for client: Int32, attempt: Int, awaitingSince: ContinuousClock.Instant? = nil) {
        guard attempt < Self.admissionAttempts else { return refuse(client) }
        guard let claim = group.ledger.claimLongestWaiting() else {
            let since = awaitingSince ?? clock.now
            guard group.ledger.hasClaimsInFlight, awaitingRoom.count < Self.maxAwaitingRoom,
                  since.duration(to: clock.now) < Self.longestAwaitingRoom else { return refuse(client) }
            awaitingRoom.append(AwaitingRoom(client: client, attempt: attempt, since: since))
            return
        }
        guard claim.loop != index else { return admit(client, replacing: claim, attempt: attempt) }
        group.ledger.beginClaimInFlight()
        group.loop(claim.loop)?.post(Eviction(claim: claim, newcomer: client, attempt: attempt))
    }

    /// Tries again to make room for the clients waiting for it, in the order they came.
    func retryAwaitingRoom() {
        let waiting = awaitingRoom
        awaitingRoom.removeAll(keepingCapacity: true)
        for entry in waiting {
            if isStopping {
                Socket.closeDescriptor(entry.client)
            } else {
                makeRoom(for: entry.client, attempt: entry.attempt, awaitingSince: entry.since)
            }
        }
    }

    /// Serves `client` in the place of this loop's claimed connection if that still waits (it is closed), or
    /// claims the next.
    private func admit(_ client: Int32, replacing claim: ConnectionLedger.Claim, attempt: Int) {
        if closeIfStillWaiting(claim), group.ledger.reserveConnection() {
            open(client, isRefused: false, since: clock.now)
        } else {
            makeRoom(for: client, attempt: attempt + 1)
        }
    }

    /// Closes a waiting connection of any loop, when the process ran out of descriptors; false when none waits.
    private func makeRoomForADescriptor() -> Bool {
        guard let claim = group.ledger.claimLongestWaiting() else { return false }
        if claim.loop == index {
            _ = closeIfStillWaiting(claim)
        } else {
            group.loop(claim.loop)?.post(Eviction(claim: claim, newcomer: nil, attempt: 0))
        }
        return true
    }

    /// Closes the connection another loop claimed if it still waits, and serves the newcomer in its place (or
    /// claims the next for it); a stopping loop closes the newcomer.
    func evict(_ eviction: Eviction) {
        guard let newcomer = eviction.newcomer else { return _ = closeIfStillWaiting(eviction.claim) }
        defer { group.ledger.endClaimInFlight() }
        guard !isStopping else {
            _ = closeIfStillWaiting(eviction.claim)
            return Socket.closeDescriptor(newcomer)
        }
        admit(newcomer, replacing: eviction.claim, attempt: eviction.attempt)
    }

    /// Reads what the claimed connection received, then closes it if it still waits for a request head since
    /// the claim's time; true when it is closed (or was meanwhile).
    private func closeIfStillWaiting(_ claim: ConnectionLedger.Claim) -> Bool {
        guard let connection = connections[claim.descriptor] else { return true }
        if connection.phase == .reading { receive(connection) }
        guard connections[claim.descriptor] === connection else { return true }
        guard connection.isWaitingForHead, group.ledger.moment(connection.waitingSince) == claim.waitingSince else {
            settle(connection)
            return false
        }
        closeConnection(connection)
        return true
    }

    /// Serves an admitted client on the first loop, in index order, that keeps up
    /// (``EventLoopGroup/firstLoopKeepingUp(at:)``), here when none does. Clients fill the loops in order rather
    /// than spreading over all of them: a few clients are answered by one thread, which leaves the other cores
    /// to them (a test suite, a browser, a load generator on the same machine: with the default 127.0.0.1 they
    /// all are), and the next loop takes new clients only once the first falls behind.
    private func serve(_ client: Int32) {
        let now = clock.now
        let target = group.firstLoopKeepingUp(at: now) ?? self
        guard target !== self else { return open(client, isRefused: false, since: now) }
        // Claimable on its way (a claim posted before the adoption finds no connection, and the claimer's new
        // client is admitted only if a place is free).
        group.ledger.publish(client, loop: target.index, waitingSince: now)
        target.post(Adoption(client: client, admitted: now))
    }

    /// Serves a client another loop admitted (closes it when stopping).
    func adopt(_ adoption: Adoption) {
        guard !isStopping else {
            group.ledger.publish(adoption.client, loop: index, waitingSince: nil)
            Socket.closeDescriptor(adoption.client)
            group.ledger.releaseConnection()
            return
        }
        open(adoption.client, isRefused: false, since: adoption.admitted)
    }

    /// Answers the client 503 and closes it, or closes it at once beyond `maxRefusedConnections`.
    private func refuse(_ client: Int32) {
        guard group.ledger.reserveRefusal() else { return Socket.closeDescriptor(client) }
        open(client, isRefused: true, since: clock.now)
    }

    /// Starts serving a client admitted at `since`, or (`isRefused`) answering it 503.
    private func open(_ client: Int32, isRefused: Bool, since: ContinuousClock.Instant) {
        let connection = Connection(descriptor: client, parser: HTTPRequestParser(configuration: parserConfiguration),
                                    now: since, isRefused: isRefused)
        connection.deadline = requestDeadline(connection)
        connections[client] = connection
        if isRefused {
            let refusal = HTTPResponse(status: 503, text: "The server has too many connections.\n")
            send(refusal.serialized(date: date.now(), keepAlive: false, answering: nil), to: connection,
                 closeAfter: true)
        }
        settle(connection)
    }

    /// How many claimed connections a new client may find busy before it is refused.
    private static let admissionAttempts = 4
    /// The most new clients a loop keeps waiting for room; beyond, they are refused.
    private static let maxAwaitingRoom = 64
    /// The longest a new client waits for room before it is refused.
    private static let longestAwaitingRoom = Duration.milliseconds(100)
}

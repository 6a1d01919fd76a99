#if hasFeature(Embedded)
    // The module's C ABI (Documentation/WebAssembly.md): UTF-8 JSON in linear memory, an answer returned as one
    // u64, `pointer << 32 | length`, in memory the host frees with `sscard_free`. 0 means the module could not
    // allocate the answer.

    // The allocator of Runtime/runtime.c, which returns nil when memory is exhausted instead of trapping.
    @_extern(c, "sscard_runtime_allocate")
    private func runtimeAllocate(_ size: Int) -> UnsafeMutableRawPointer?

    @_extern(c, "sscard_runtime_free")
    private func runtimeFree(_ pointer: UnsafeMutableRawPointer?)

    /// Allocates `size` bytes (at least 1) for the host to write a request into; 0 when memory is exhausted.
    @_expose(wasm, "sscard_alloc")
    @_cdecl("sscard_alloc")
    public func sscardAlloc(_ size: Int) -> UnsafeMutableRawPointer? {
        size >= 0 ? runtimeAllocate(size) : nil
    }

    /// Frees memory from ``sscardAlloc(_:)`` or an answer; `size` is the size allocated (the answer's length).
    @_expose(wasm, "sscard_free")
    @_cdecl("sscard_free")
    public func sscardFree(_ pointer: UnsafeMutableRawPointer?, _ size: Int) {
        runtimeFree(pointer)
    }

    /// Answers a request whose `op` names the operation: `{"op": "isWorkingDay", …}`.
    @_expose(wasm, "sscard_call")
    @_cdecl("sscard_call")
    public func sscardCall(_ request: UnsafeRawPointer?, _ length: Int) -> UInt64 {
        respond(request, length, nil)
    }

    /// Whether a date is a working day: `{"date": "2026-10-08"}` → `{"date", "workingDay", "kind", "holiday",
    /// "holidayName"}`.
    @_expose(wasm, "sscard_is_working_day")
    @_cdecl("sscard_is_working_day")
    public func sscardIsWorkingDay(_ request: UnsafeRawPointer?, _ length: Int) -> UInt64 {
        respond(request, length, .isWorkingDay)
    }

    /// The N-th working day after a date: `{"date": "2026-09-30", "days": 4}` → `{"date": "2026-10-12"}`.
    @_expose(wasm, "sscard_add_working_days")
    @_cdecl("sscard_add_working_days")
    public func sscardAddWorkingDays(_ request: UnsafeRawPointer?, _ length: Int) -> UInt64 {
        respond(request, length, .addWorkingDays)
    }

    /// The decision on a replacement application: `{"applied": "2026-10-03", "channel": "onsite"}` → the document
    /// `sscard replacement --json` prints (`accepted`, `violations`, `fee`, `acceptanceDate`, `readyDate`, …).
    @_expose(wasm, "sscard_replacement")
    @_cdecl("sscard_replacement")
    public func sscardReplacement(_ request: UnsafeRawPointer?, _ length: Int) -> UInt64 {
        respond(request, length, .replacement)
    }

    /// The decision on an exchange application: `{"date": "2026-01-05", "generation": 2, "channel": "website",
    /// "bank": "ICBC"}` → the document `sscard exchange --json` prints (`approved`, `violations`, `readyBy`, …).
    @_expose(wasm, "sscard_exchange")
    @_cdecl("sscard_exchange")
    public func sscardExchange(_ request: UnsafeRawPointer?, _ length: Int) -> UInt64 {
        respond(request, length, .exchange)
    }

    /// A foreign employee's onboarding deadlines: `{"entry": "2026-03-02", "notificationIssued": "2026-01-15"}` →
    /// the timeline as `sscard onboarding --json` prints it (Onboarding.swift).
    @_expose(wasm, "sscard_onboarding")
    @_cdecl("sscard_onboarding")
    public func sscardOnboarding(_ request: UnsafeRawPointer?, _ length: Int) -> UInt64 {
        respond(request, length, .onboarding)
    }

    private func respond(_ request: UnsafeRawPointer?, _ length: Int, _ operation: Rules.Operation?) -> UInt64 {
        var bytes: [UInt8] = []
        if let request, length > 0 {
            bytes = Array(UnsafeRawBufferPointer(start: request, count: length))
        }
        let answer = Rules.answer(bytes, for: operation)
        guard let buffer = sscardAlloc(answer.count) else { return 0 }
        UnsafeMutableRawBufferPointer(start: buffer, count: answer.count).copyBytes(from: answer)
        return UInt64(UInt(bitPattern: buffer)) << 32 | UInt64(answer.count)
    }
#endif

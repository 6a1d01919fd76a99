// The few C symbols Embedded Swift leaves undefined on wasm32-unknown-none-wasm, for a module with no libc:
// posix_memalign and free (the allocator), memcmp, and arc4random_buf (Hasher's seed).
//
// Built freestanding by .ci/wasm: clang --target=wasm32-unknown-unknown -Os -ffreestanding -nostdlib -c.
// Nothing here reads the host: the module imports nothing, so a JavaScript host needs no WASI.

typedef __SIZE_TYPE__ size_t;
typedef unsigned char u8;
typedef unsigned int u32;

// ---- Allocator: power-of-two size classes with a free list each, over memory grown with memory.grow.
// Every block starts with a 16-byte header (its class), so a payload is 16-byte aligned; a larger alignment is
// served from a bigger block, with a forwarding header just before the aligned payload.

#define HEADER 16u
#define PAGE 65536u
#define CLASSES 32
#define FORWARD 0x80000000u

extern u8 __heap_base; // set by wasm-ld: the first byte after the stack and the static data

static u8 *heap_next;  // the first byte never handed out
static u8 *heap_end;   // the end of linear memory
static void *free_lists[CLASSES];

static int class_of(size_t total) {
    int c = 5; // 32 bytes: the smallest block (a 16-byte header and 16 bytes)
    while (c < CLASSES - 1 && ((size_t)1 << c) < total) c++;
    return ((size_t)1 << c) >= total ? c : -1;
}

static u8 *carve(size_t size) {
    if (heap_next == 0) {
        heap_next = (u8 *)(((size_t)&__heap_base + HEADER - 1) & ~(size_t)(HEADER - 1));
        heap_end = (u8 *)(__builtin_wasm_memory_size(0) * PAGE);
    }
    if ((size_t)(heap_end - heap_next) < size) {
        size_t missing = size - (size_t)(heap_end - heap_next);
        size_t pages = (missing + PAGE - 1) / PAGE;
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0;
        heap_end += pages * PAGE;
    }
    u8 *block = heap_next;
    heap_next += size;
    return block;
}

static void *allocate(size_t size) {
    if (size > ((size_t)1 << (CLASSES - 2))) return 0;
    int c = class_of(size + HEADER);
    if (c < 0) return 0;
    u8 *block = free_lists[c];
    if (block) {
        free_lists[c] = *(void **)(block + HEADER);
    } else {
        block = carve((size_t)1 << c);
        if (!block) return 0;
    }
    *(u32 *)block = (u32)c;
    return block + HEADER;
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment <= HEADER) {
        void *payload = allocate(size);
        if (!payload) return 12; // ENOMEM
        *result = payload;
        return 0;
    }
    if (alignment & (alignment - 1)) return 22; // EINVAL: not a power of two
    u8 *payload = allocate(size + alignment);
    if (!payload) return 12;
    u8 *aligned = (u8 *)(((size_t)payload + alignment - 1) & ~(alignment - 1));
    if (aligned != payload) *(u32 *)(aligned - HEADER) = FORWARD | (u32)(aligned - payload);
    *result = aligned;
    return 0;
}

void free(void *pointer) {
    if (!pointer) return;
    u8 *payload = pointer;
    u32 header = *(u32 *)(payload - HEADER);
    if (header & FORWARD) {
        payload -= header & ~FORWARD;
        header = *(u32 *)(payload - HEADER);
    }
    u8 *block = payload - HEADER;
    *(void **)payload = free_lists[header];
    free_lists[header] = block;
}

// ---- Memory and seed.

int memcmp(const void *left, const void *right, size_t count) {
    const u8 *a = left, *b = right;
    for (size_t i = 0; i < count; i++) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

// Hasher's seed. A fixed one: the module has no source of randomness without importing one, the rules never
// depend on hash order, and the requests are the host's own (no hash flooding from strangers to defend against).
void arc4random_buf(void *buffer, size_t count) {
    u8 *bytes = buffer;
    u32 state = 0x9E3779B9u;
    for (size_t i = 0; i < count; i++) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = (u8)state;
    }
}

// ---- For the exports (Exports.swift): the allocator under names of the module's own, since Swift reserves
// `free` for its runtime. A failed allocation returns 0 instead of trapping, so the host can tell.

void *sscard_runtime_allocate(size_t size) {
    void *pointer = 0;
    return posix_memalign(&pointer, HEADER, size ? size : 1) == 0 ? pointer : 0;
}

void sscard_runtime_free(void *pointer) { free(pointer); }

// SPDX-License-Identifier: GPL-3.0-or-later
// Reads state_dicts written by Python's torch.save: a zip archive of stored (uncompressed)
// entries, "<archive>/data.pkl" holding the pickled dict and "<archive>/data/<key>" the raw
// bytes of each storage. The pickle is run on a small stack machine that knows only the opcodes
// and globals torch.save produces for tensors; anything else is refused, nothing is executed.
#include "torchstatefile.h"

#include "storedzip.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace denselab::io {

namespace {

// ---- pickle ---------------------------------------------------------------------------------

struct Value;
using ValuePtr = std::shared_ptr<Value>;

struct Value {
    enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor, Mark, Other };
    Kind kind = Kind::None;
    std::int64_t integer = 0;
    double real = 0;
    std::string text;                  // string, "module.name" of a global, storage type
    std::vector<ValuePtr> items;       // tuple / list; dict: key, value, key, value, ...
    std::string storageKey;            // Storage
    std::int64_t storageNumel = 0;
    ValuePtr storage;                  // Tensor
    std::int64_t offset = 0;
    std::vector<std::int64_t> sizes, strides;
    int depth = 1;                     // nesting, bounded so that destruction cannot overflow the stack
    bool contained = false;            // inside a tuple, list or dict: never filled again
};

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxStack = 1 << 20;
constexpr std::size_t kMaxMemo = 1 << 22;
constexpr std::size_t kMaxValues = 1 << 20;   // a DenseNet-264 state_dict needs about 30,000

std::size_t elementSize(const std::string &storageType)
{
    static const std::map<std::string, std::size_t> sizes = {
        {"FloatStorage", 4}, {"DoubleStorage", 8}, {"HalfStorage", 2}, {"BFloat16Storage", 2}, {"LongStorage", 8},
        {"IntStorage", 4},   {"ShortStorage", 2},  {"CharStorage", 1}, {"ByteStorage", 1},     {"BoolStorage", 1}};
    const auto found = sizes.find(storageType);
    return found == sizes.end() ? 0 : found->second;
}

float elementAt(const std::string &type, const char *p)
{
    auto load = [p](auto v) {
        std::memcpy(&v, p, sizeof v);
        return v;
    };
    if (type == "FloatStorage")
        return load(float{});
    if (type == "DoubleStorage")
        return static_cast<float>(load(double{}));
    if (type == "LongStorage")
        return static_cast<float>(load(std::int64_t{}));
    if (type == "IntStorage")
        return static_cast<float>(load(std::int32_t{}));
    if (type == "ShortStorage")
        return static_cast<float>(load(std::int16_t{}));
    if (type == "CharStorage")
        return static_cast<float>(load(std::int8_t{}));
    if (type == "ByteStorage" || type == "BoolStorage")
        return static_cast<float>(load(std::uint8_t{}));
    const std::uint16_t half = load(std::uint16_t{});
    if (type == "BFloat16Storage") {
        const std::uint32_t bits = std::uint32_t(half) << 16;
        float f;
        std::memcpy(&f, &bits, 4);
        return f;
    }
    // IEEE half
    const std::uint32_t sign = (half & 0x8000u) << 16, exponent = (half >> 10) & 0x1f, mantissa = half & 0x3ff;
    std::uint32_t bits;
    if (exponent == 0 && mantissa == 0) {
        bits = sign;
    } else if (exponent == 0) {   // subnormal
        int e = -1;
        std::uint32_t m = mantissa;
        do {
            ++e;
            m <<= 1;
        } while (!(m & 0x400));
        bits = sign | std::uint32_t(127 - 15 - e) << 23 | (m & 0x3ff) << 13;
    } else if (exponent == 31) {
        bits = sign | 0x7f800000u | mantissa << 13;
    } else {
        bits = sign | (exponent + 112) << 23 | mantissa << 13;
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

class Unpickler {
public:
    Unpickler(const std::string &pickle, const std::string &name) : m_in(pickle), m_name(name) {}

    ValuePtr run()
    {
        while (true) {
            const std::uint8_t op = byte();
            switch (op) {
            case 0x80: byte(); break;                                   // PROTO
            case 0x95: bytes(8); break;                                 // FRAME
            case '.': return pop();                                     // STOP
            case '(': push(make(Value::Kind::Mark)); break;             // MARK
            case 'N': push(make(Value::Kind::None)); break;
            case 0x88: case 0x89: {                                     // NEWTRUE / NEWFALSE
                ValuePtr v = make(Value::Kind::Bool);
                v->integer = op == 0x88;
                push(v);
                break;
            }
            case 'J': pushInt(static_cast<std::int32_t>(unsignedLe(4))); break;   // BININT
            case 'K': pushInt(static_cast<std::int64_t>(unsignedLe(1))); break;   // BININT1
            case 'M': pushInt(static_cast<std::int64_t>(unsignedLe(2))); break;   // BININT2
            case 0x8a: {                                                // LONG1
                const std::size_t n = byte();
                if (n > 8)
                    throw fail("an integer of " + std::to_string(n) + " bytes");
                std::uint64_t v = unsignedLe(n);
                if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1)
                    v |= ~std::uint64_t(0) << (8 * n);   // sign-extend
                pushInt(static_cast<std::int64_t>(v));
                break;
            }
            case 'G': {                                                 // BINFLOAT (big-endian)
                std::uint64_t bits = 0;
                for (int i = 0; i < 8; ++i)
                    bits = bits << 8 | byte();
                ValuePtr v = make(Value::Kind::Float);
                std::memcpy(&v->real, &bits, 8);
                push(v);
                break;
            }
            case 'X': pushString(bytes(unsignedLe(4))); break;          // BINUNICODE
            case 0x8c: pushString(bytes(byte())); break;                // SHORT_BINUNICODE
            case 'T': pushString(bytes(unsignedLe(4))); break;          // BINSTRING
            case 'U': pushString(bytes(byte())); break;                 // SHORT_BINSTRING
            case 'c': {                                                 // GLOBAL
                const std::string module = line(), name = line();
                ValuePtr v = make(Value::Kind::Global);
                v->text = module + "." + name;
                push(v);
                break;
            }
            case '}': push(make(Value::Kind::Dict)); break;             // EMPTY_DICT
            case ']': push(make(Value::Kind::List)); break;             // EMPTY_LIST
            case ')': push(make(Value::Kind::Tuple)); break;            // EMPTY_TUPLE
            case 't': push(container(Value::Kind::Tuple, popToMark())); break;   // TUPLE
            case 0x85: case 0x86: case 0x87: {                          // TUPLE1..3
                std::vector<ValuePtr> items(static_cast<std::size_t>(op - 0x84));
                for (std::size_t i = items.size(); i-- > 0;)
                    items[i] = pop();
                push(container(Value::Kind::Tuple, std::move(items)));
                break;
            }
            case 'q': memoize(unsignedLe(1)); break;                    // BINPUT
            case 'r': memoize(unsignedLe(4)); break;                    // LONG_BINPUT
            case 0x94: memoize(m_memo.size()); break;                   // MEMOIZE
            case 'h': push(recall(unsignedLe(1))); break;               // BINGET
            case 'j': push(recall(unsignedLe(4))); break;               // LONG_BINGET
            case 's': {                                                 // SETITEM
                ValuePtr value = pop(), key = pop();
                addItems(top(), {key, value});
                break;
            }
            case 'u': { std::vector<ValuePtr> items = popToMark(); addItems(top(), items); break; }   // SETITEMS
            case 'a': { ValuePtr value = pop(); addItems(top(), {value}); break; }                   // APPEND
            case 'e': { std::vector<ValuePtr> items = popToMark(); addItems(top(), items); break; }   // APPENDS
            case 'Q': push(persistent(pop())); break;                   // BINPERSID
            case 'R': {                                                 // REDUCE
                ValuePtr args = pop(), callable = pop();
                push(reduce(callable, args));
                break;
            }
            case 0x81: {                                                // NEWOBJ
                ValuePtr args = pop(), cls = pop();
                push(reduce(cls, args));
                break;
            }
            case 'b': pop(); break;                                     // BUILD: attributes (OrderedDict's _metadata) are not needed
            default:
                throw fail("unsupported pickle opcode 0x" + hex(op) + " at byte " + std::to_string(m_at - 1));
            }
        }
    }

private:
    TorchFileError fail(const std::string &why) const { return TorchFileError(m_name + ": data.pkl: " + why); }

    static std::string hex(std::uint8_t v)
    {
        const char *digits = "0123456789abcdef";
        return {digits[v >> 4], digits[v & 15]};
    }

    std::uint8_t byte()
    {
        if (m_at >= m_in.size())
            throw fail("ends early");
        return static_cast<std::uint8_t>(m_in[m_at++]);
    }
    std::string bytes(std::uint64_t n)
    {
        if (n > m_in.size() - m_at)
            throw fail("ends early");
        const std::string s = m_in.substr(m_at, n);
        m_at += n;
        return s;
    }
    std::uint64_t unsignedLe(std::size_t n)
    {
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < n; ++i)
            v |= std::uint64_t(byte()) << (8 * i);
        return v;
    }
    std::string line()
    {
        const std::size_t end = m_in.find('\n', m_at);
        if (end == std::string::npos || end - m_at > 256)
            throw fail("damaged GLOBAL");
        const std::string s = m_in.substr(m_at, end - m_at);
        m_at = end + 1;
        return s;
    }

    ValuePtr make(Value::Kind kind)
    {
        if (++m_made > kMaxValues)
            throw fail("more than " + std::to_string(kMaxValues) + " values: not a state_dict");
        auto v = std::make_shared<Value>();
        v->kind = kind;
        return v;
    }
    void push(ValuePtr v)
    {
        if (m_stack.size() >= kMaxStack)
            throw fail("more than " + std::to_string(kMaxStack) + " values on the stack");
        m_stack.push_back(std::move(v));
    }
    void pushInt(std::int64_t v)
    {
        ValuePtr value = make(Value::Kind::Int);
        value->integer = v;
        push(value);
    }
    void pushString(std::string s)
    {
        ValuePtr value = make(Value::Kind::String);
        value->text = std::move(s);
        push(value);
    }
    ValuePtr pop()
    {
        if (m_stack.empty() || m_stack.back()->kind == Value::Kind::Mark)
            throw fail("stack underflow");
        ValuePtr v = std::move(m_stack.back());
        m_stack.pop_back();
        return v;
    }
    ValuePtr &top()
    {
        if (m_stack.empty())
            throw fail("stack underflow");
        return m_stack.back();
    }
    std::vector<ValuePtr> popToMark()
    {
        std::size_t mark = m_stack.size();
        while (mark > 0 && m_stack[mark - 1]->kind != Value::Kind::Mark)
            --mark;
        if (mark == 0)
            throw fail("no MARK");
        std::vector<ValuePtr> items(m_stack.begin() + static_cast<std::ptrdiff_t>(mark), m_stack.end());
        m_stack.resize(mark - 1);
        return items;
    }
    ValuePtr container(Value::Kind kind, std::vector<ValuePtr> items)
    {
        ValuePtr v = make(kind);
        for (const ValuePtr &item : items) {
            v->depth = std::max(v->depth, item->depth + 1);
            item->contained = true;
        }
        if (v->depth > kMaxDepth)
            throw fail("nested more than " + std::to_string(kMaxDepth) + " levels deep");
        v->items = std::move(items);
        return v;
    }
    void addItems(ValuePtr &target, const std::vector<ValuePtr> &items)
    {
        const bool dict = target->kind == Value::Kind::Dict;
        if (!dict && target->kind != Value::Kind::List)
            throw fail("items added to something that is neither a dict nor a list");
        if (dict && items.size() % 2)
            throw fail("a dict item without its value");
        // torch.save fills a container before it puts it into another one. Filling one that is
        // already inside another could build chains or cycles that the depth count never saw.
        if (target->contained)
            throw fail("a container filled after it was put into another one");
        for (const ValuePtr &item : items) {
            if (item.get() == target.get() || item->depth + 1 > kMaxDepth)
                throw fail("nested more than " + std::to_string(kMaxDepth) + " levels deep");
            target->depth = std::max(target->depth, item->depth + 1);
            item->contained = true;
            target->items.push_back(item);
        }
    }
    void memoize(std::uint64_t index)
    {
        if (m_stack.empty())
            throw fail("stack underflow");
        if (index > kMaxMemo)
            throw fail("memo index " + std::to_string(index) + " is too large");
        if (index >= m_memo.size())
            m_memo.resize(index + 1);
        m_memo[index] = m_stack.back();
    }
    ValuePtr recall(std::uint64_t index)
    {
        if (index >= m_memo.size() || !m_memo[index])
            throw fail("memo entry " + std::to_string(index) + " was never stored");
        return m_memo[index];
    }

    // ('storage', torch.FloatStorage, key, location, numel)
    ValuePtr persistent(const ValuePtr &pid)
    {
        const auto &t = pid->items;
        if (pid->kind != Value::Kind::Tuple || t.size() != 5 || t[0]->text != "storage" || t[1]->kind != Value::Kind::Global
            || t[2]->kind != Value::Kind::String || t[4]->kind != Value::Kind::Int)
            throw fail("a persistent id that is not a tensor storage");
        ValuePtr storage = make(Value::Kind::Storage);
        const std::string &type = t[1]->text;
        storage->text = type.rfind("torch.", 0) == 0 ? type.substr(6) : type;
        if (elementSize(storage->text) == 0)
            throw fail("storage type " + type + " is not supported");
        storage->storageKey = t[2]->text;
        storage->storageNumel = t[4]->integer;
        if (storage->storageNumel < 0)
            throw fail("a storage of negative size");
        return storage;
    }

    static std::vector<std::int64_t> integers(const ValuePtr &tuple)
    {
        std::vector<std::int64_t> out;
        for (const ValuePtr &v : tuple->items)
            out.push_back(v->kind == Value::Kind::Int ? v->integer : -1);
        return out;
    }

    ValuePtr reduce(const ValuePtr &callable, const ValuePtr &args)
    {
        if (callable->kind != Value::Kind::Global || args->kind != Value::Kind::Tuple)
            throw fail("a call of something that is not a known function");
        const std::string &f = callable->text;
        if (f == "collections.OrderedDict" || f == "builtins.dict")
            return make(Value::Kind::Dict);
        if (f == "torch._utils._rebuild_tensor_v2" || f == "torch._utils._rebuild_tensor") {
            const auto &a = args->items;
            if (a.size() < 4 || a[0]->kind != Value::Kind::Storage || a[1]->kind != Value::Kind::Int
                || a[2]->kind != Value::Kind::Tuple || a[3]->kind != Value::Kind::Tuple)
                throw fail("damaged tensor (" + f + " arguments)");
            ValuePtr tensor = make(Value::Kind::Tensor);
            tensor->storage = a[0];
            tensor->offset = a[1]->integer;
            tensor->sizes = integers(a[2]);
            tensor->strides = integers(a[3]);
            if (tensor->sizes.size() != tensor->strides.size() || tensor->sizes.size() > 8)
                throw fail("damaged tensor (sizes and strides)");
            return tensor;
        }
        if (f == "torch._utils._rebuild_parameter" && !args->items.empty() && args->items[0]->kind == Value::Kind::Tensor)
            return args->items[0];
        throw fail("unsupported global " + f + " (only tensors, dicts and numbers are read)");
    }

    const std::string &m_in;
    const std::string &m_name;
    std::size_t m_at = 0;
    std::size_t m_made = 0;
    std::vector<ValuePtr> m_stack;
    std::vector<ValuePtr> m_memo;
};

StateTensor materialize(const Value &tensor, const std::string &key, const std::string &bytes,
                        const StoredZipEntries &entries,
                        const std::string &prefix, const std::string &name, std::int64_t &budget)
{
    const Value &storage = *tensor.storage;
    auto fail = [&](const std::string &why) -> TorchFileError { return TorchFileError(name + ": " + key + ": " + why); };
    const auto entry = entries.find(prefix + "data/" + storage.storageKey);
    if (entry == entries.end())
        throw fail("its storage data/" + storage.storageKey + " is missing");
    const std::size_t element = elementSize(storage.text);
    if (std::uint64_t(storage.storageNumel) > entry->second.second / element)
        throw fail("its storage is shorter than it says");
    StateTensor out;
    out.sizes = tensor.sizes;
    out.storageType = storage.text;
    // Every element inside the storage, and no more elements than the storage holds (a
    // state_dict tensor is never an expanded view; this bounds memory by the file's size).
    const std::int64_t numel = storage.storageNumel;
    if (tensor.offset < 0 || tensor.offset > numel)
        throw fail("starts outside its storage");
    std::int64_t count = 1, last = tensor.offset;
    for (std::size_t d = 0; d < tensor.sizes.size(); ++d) {
        if (tensor.sizes[d] < 0 || tensor.strides[d] < 0)
            throw fail("negative size or stride");
        if (tensor.sizes[d] == 0) {
            count = 0;
            break;
        }
        if (tensor.sizes[d] > numel / count)
            throw fail("more elements than its storage holds");
        count *= tensor.sizes[d];
        const std::int64_t span = tensor.sizes[d] - 1;
        if (span > 0 && tensor.strides[d] > (numel - last) / span)
            throw fail("reaches outside its storage");
        last += span * tensor.strides[d];
    }
    if (count > 0 && last >= numel)
        throw fail("reaches outside its storage");
    // Tensors that share a storage (tied weights) are read once each; many keys on one large
    // storage would multiply it, so all of them together get a budget tied to the file's size.
    if (count > budget)
        throw fail("the file's tensors hold more elements than the file has room for (many keys on one storage?)");
    budget -= count;
    out.values.resize(static_cast<std::size_t>(count));
    const char *base = bytes.data() + entry->second.first;
    std::vector<std::int64_t> index(tensor.sizes.size(), 0);
    for (std::int64_t i = 0; i < count; ++i) {
        std::int64_t at = tensor.offset;
        for (std::size_t d = 0; d < index.size(); ++d)
            at += index[d] * tensor.strides[d];
        out.values[static_cast<std::size_t>(i)] = elementAt(storage.text, base + std::size_t(at) * element);
        for (std::size_t d = index.size(); d-- > 0;) {   // row-major increment
            if (++index[d] < tensor.sizes[d])
                break;
            index[d] = 0;
        }
    }
    return out;
}

} // namespace

namespace {

std::vector<std::pair<std::string, StateTensor>> parseState(const std::string &bytes, const std::string &name)
{
    StoredZipEntries entries;
    try {
        entries = storedZipEntries(bytes);
    } catch (const std::invalid_argument &e) {
        throw TorchFileError(name + ": " + e.what());
    }
    std::string prefix;
    const std::pair<std::size_t, std::size_t> *pickle = nullptr;
    for (const auto &[entry, where] : entries) {
        const std::size_t slash = entry.find('/');
        if (slash != std::string::npos && entry.substr(slash + 1) == "data.pkl") {
            prefix = entry.substr(0, slash + 1);
            pickle = &where;
            break;
        }
    }
    if (!pickle)
        throw TorchFileError(name + ": no data.pkl in the archive: not a file written by torch.save");
    const std::string program = bytes.substr(pickle->first, pickle->second);
    ValuePtr root = Unpickler(program, name).run();
    // {"state_dict": {...}} or {"model": {...}}: the weights are the inner dict.
    if (root->kind == Value::Kind::Dict) {
        for (std::size_t i = 0; i + 1 < root->items.size(); i += 2)
            if ((root->items[i]->text == "state_dict" || root->items[i]->text == "model")
                && root->items[i + 1]->kind == Value::Kind::Dict) {
                root = root->items[i + 1];
                break;
            }
    }
    if (root->kind != Value::Kind::Dict)
        throw TorchFileError(name + ": not a state_dict (the file holds no dict of tensors)");
    std::vector<std::pair<std::string, StateTensor>> state;
    std::set<std::string> keys;
    std::int64_t budget = 2 * static_cast<std::int64_t>(bytes.size()) + (1 << 20);
    for (std::size_t i = 0; i + 1 < root->items.size(); i += 2) {
        const Value &key = *root->items[i];
        const Value &value = *root->items[i + 1];
        if (key.kind != Value::Kind::String || value.kind != Value::Kind::Tensor)
            continue;   // "_metadata" and other non-tensor entries
        if (!keys.insert(key.text).second)
            throw TorchFileError(name + ": the key " + key.text + " appears twice");
        state.emplace_back(key.text, materialize(value, key.text, bytes, entries, prefix, name, budget));
    }
    if (state.empty())
        throw TorchFileError(name + ": the state_dict holds no tensors");
    return state;
}

} // namespace

std::vector<std::pair<std::string, StateTensor>> parseTorchStateDict(const std::string &bytes, const std::string &name)
{
    try {
        return parseState(bytes, name);
    } catch (const std::bad_alloc &) {
        throw TorchFileError(name + ": not enough memory to read it");
    }
}

std::vector<std::pair<std::string, StateTensor>> readTorchStateDict(const std::string &path, std::uint64_t maxBytes)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw TorchFileError(path + ": " + (std::filesystem::exists(path, ec) ? "not a regular file" : "no such file"));
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        throw TorchFileError(path + ": cannot open");
    const std::streamoff size = in.tellg();
    if (size < 0 || std::uint64_t(size) > maxBytes)
        throw TorchFileError(path + ": " + std::to_string(size) + " bytes, more than the " + std::to_string(maxBytes)
                             + " a state_dict file may have");
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size))
        throw TorchFileError(path + ": read error");
    return parseTorchStateDict(bytes, path);
}

} // namespace denselab::io

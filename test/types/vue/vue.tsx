/** @jsxImportSource vue */
// Vue 3 with TypeScript strict: <subprocessor-list> in TSX, typed by subprocessor-list/vue
// (the same declarations type it in single-file-component templates under vue-tsc).
import { defineComponent, ref, type PropType } from 'vue';
import 'subprocessor-list/define';
import type {} from 'subprocessor-list/vue';
import type { LocalizedText, Registry, SortDetail, SubprocessorListElement } from 'subprocessor-list';

export const Subprocessors = defineComponent({
  props: { registry: { type: Object as PropType<Registry<LocalizedText>>, required: true } },
  setup(props) {
    const sorted = ref<SortDetail>();
    const list = ref<SubprocessorListElement>();
    return () => (
      <subprocessor-list
        ref={list}
        registry={props.registry}
        lang="de"
        theme="dark"
        layout="table"
        legend="none"
        changes="open"
        today="2026-05-01"
        heading-level={3}
        headingLevel={3}
        no-search
        sync-url
        strings={{ colName: 'Anbieter' }}
        onSubprocessorListLoad={(e) => console.info(e.detail.problems.length, e.detail.registry.subprocessors.length)}
        onSubprocessorListError={(e) => console.warn(e.detail.kind, e.detail.retryable)}
        onSubprocessorListSort={(e) => (sorted.value = e.detail)}
        onClick={() => list.value?.reload()}
      >
        <a href="/subprocessors.html">Unsere Unterauftragsverarbeiter</a>
      </subprocessor-list>
    );
  },
});

export const Wrong = defineComponent(() => () => (
  <div>
    <subprocessor-list
      // @ts-expect-error: not a theme
      theme="blue"
    />
    <subprocessor-list
      // @ts-expect-error: controls takes auto or always
      controls="never"
    />
    <subprocessor-list
      // @ts-expect-error: timeout is a number
      timeout={{}}
    />
    <subprocessor-list
      // @ts-expect-error: the error event's detail has no such field
      onSubprocessorListError={(e) => e.detail.nope}
    />
  </div>
));

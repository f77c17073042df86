export default defineBackground(() => {
  console.log('tabayyun background');
});
